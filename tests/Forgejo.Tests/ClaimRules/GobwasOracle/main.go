// Records gobwas/glob's verdicts, for GobwasCompileCases.cs and for checking the C# matcher by hand.
// Not built by the solution. Install Debian's golang-go and golang-github-gobwas-glob-dev, build in
// GOPATH mode (GO111MODULE=off) with GOPATH set to the gocode directory that package installs its
// sources under, then:
//
//	go build -o oracle .
//	./oracle < cases.jsonl   # one JSON array ["pattern","input"] per line
//
// Prints one line per case: "E:<compile error>", "1" (match), "0" (no match) or "PANIC" (gobwas
// v0.2.3 panics inside Match on some patterns, e.g. "{b**[a-c],b}[a-c]" against "ba").
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/gobwas/glob"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var c []string
		if err := json.Unmarshal(in.Bytes(), &c); err != nil || len(c) != 2 {
			fmt.Fprintln(out, "BADLINE")
			continue
		}
		g, err := glob.Compile(c[0])
		if err != nil {
			fmt.Fprintln(out, "E:"+err.Error())
			continue
		}
		fmt.Fprintln(out, match(g, c[1]))
	}
}

func match(g glob.Glob, s string) (verdict string) {
	defer func() {
		if recover() != nil {
			verdict = "PANIC"
		}
	}()
	if g.Match(s) {
		return "1"
	}
	return "0"
}
