using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Turns a glob syntax tree into a <see cref="GlobProgram"/>: the literal text the pattern starts and
/// ends with, checked with plain string comparison, and a Thompson NFA for the rest, whose states are
/// instruction indexes, so matching never backtracks.
/// </summary>
internal sealed class GlobCompiler
{
    private readonly List<GlobInstruction> _instructions = [];
    private readonly List<int> _data = [];

    public static GlobProgram Compile(GlobSequenceNode root)
    {
        var children = root.Children;
        var first = 0;
        var prefix = new StringBuilder();
        while (first < children.Count && children[first] is GlobTextNode text)
        {
            prefix.Append(text.Text);
            first++;
        }
        var end = children.Count;
        var suffix = new StringBuilder();
        while (end > first && children[end - 1] is GlobTextNode text)
        {
            suffix.Insert(0, text.Text);
            end--;
        }

        var compiler = new GlobCompiler();
        for (var i = first; i < end; i++)
        {
            compiler.Emit(children[i]);
        }
        compiler._instructions.Add(new GlobInstruction(GlobOpcode.Match));
        return new GlobProgram(prefix.ToString(), suffix.ToString(), [.. compiler._instructions], [.. compiler._data]);
    }

    private void EmitSequence(GlobSequenceNode sequence)
    {
        foreach (var child in sequence.Children)
        {
            Emit(child);
        }
    }

    private void Emit(GlobNode node)
    {
        switch (node)
        {
            case GlobTextNode text:
                foreach (var rune in text.Text.EnumerateRunes())
                {
                    _instructions.Add(new GlobInstruction(GlobOpcode.Char, rune.Value));
                }
                break;
            case GlobStarNode:
                // "**", "***" and "*{*}" mean the same as "*"; one state keeps the state set small.
                if (_instructions.Count == 0 || _instructions[^1].Opcode != GlobOpcode.Star)
                {
                    _instructions.Add(new GlobInstruction(GlobOpcode.Star));
                }
                break;
            case GlobSingleNode:
                _instructions.Add(new GlobInstruction(GlobOpcode.AnyChar));
                break;
            case GlobListNode list:
                _instructions.Add(new GlobInstruction(list.Negated ? GlobOpcode.NotInList : GlobOpcode.InList, _data.Count, list.CodePoints.Length));
                _data.AddRange(list.CodePoints);
                break;
            case GlobRangeNode range:
                _instructions.Add(new GlobInstruction(range.Negated ? GlobOpcode.NotInRange : GlobOpcode.InRange, range.Low, range.High));
                break;
            case GlobSequenceNode sequence:
                EmitSequence(sequence);
                break;
            case GlobAlternationNode alternation:
                EmitAlternation(alternation);
                break;
        }
    }

    // Layout: Split(t1..tn); t1: alt1; Jump end; ... tn: altn; Jump end; end:
    private void EmitAlternation(GlobAlternationNode alternation)
    {
        var count = alternation.Alternatives.Count;
        var targetsAt = _data.Count;
        _data.AddRange(new int[count]);
        _instructions.Add(new GlobInstruction(GlobOpcode.Split, targetsAt, count));

        var jumps = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            _data[targetsAt + i] = _instructions.Count;
            EmitSequence(alternation.Alternatives[i]);
            jumps.Add(_instructions.Count);
            _instructions.Add(new GlobInstruction(GlobOpcode.Jump));
        }
        foreach (var jump in jumps)
        {
            _instructions[jump] = new GlobInstruction(GlobOpcode.Jump, _instructions.Count);
        }
    }
}
