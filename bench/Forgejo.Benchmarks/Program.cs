using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Forgejo.Benchmarks.GlobBenchmarks).Assembly).Run(args);
