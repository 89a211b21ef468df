using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// Runs a compiled glob's NFA (see <see cref="GlobInstruction"/>) over an input, one code point at a
/// time and never backtracking. Two engines share the semantics: a bit-parallel one for the usual
/// small programs and a Pike VM for any size.
/// </summary>
internal abstract class GlobNfa(GlobInstruction[] instructions, int[] data)
{
    protected GlobInstruction[] Instructions { get; } = instructions;

    protected int[] Data { get; } = data;

    public static GlobNfa Create(GlobInstruction[] instructions, int[] data) =>
        instructions.Length <= GlobBitNfa.MaxStates
            ? new GlobBitNfa(instructions, data)
            : new GlobPikeVm(instructions, data);

    public abstract bool IsMatch(ReadOnlySpan<char> input);

    /// <summary>Whether the instruction consumes <paramref name="codePoint"/> (a star consumes anything).</summary>
    protected bool Accepts(GlobInstruction instruction, int codePoint) => instruction.Opcode switch
    {
        GlobOpcode.Star or GlobOpcode.AnyChar => true,
        GlobOpcode.Char => codePoint == instruction.A,
        GlobOpcode.InList => Data.AsSpan(instruction.A, instruction.B).Contains(codePoint),
        GlobOpcode.NotInList => !Data.AsSpan(instruction.A, instruction.B).Contains(codePoint),
        GlobOpcode.InRange => codePoint >= instruction.A && codePoint <= instruction.B,
        GlobOpcode.NotInRange => codePoint < instruction.A || codePoint > instruction.B,
        _ => false,
    };

    /// <summary>States that wait for input: everything but the moves that consume nothing.</summary>
    protected static bool Consumes(GlobOpcode opcode) =>
        opcode is not (GlobOpcode.Split or GlobOpcode.Jump or GlobOpcode.Match);

    // A lone surrogate reads as U+FFFD, as Go sees such a string after JSON decoding.
    protected static int NextCodePoint(ReadOnlySpan<char> input, ref int position)
    {
        var c = input[position];
        if (!char.IsSurrogate(c))
        {
            position++;
            return c;
        }
        Rune.DecodeFromUtf16(input[position..], out var rune, out var consumed);
        position += consumed;
        return rune.Value;
    }
}
