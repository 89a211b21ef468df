using System.Buffers;
using System.Text;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// A compiled glob: runs the NFA over the input one code point at a time, tracking the set of live
/// states (Pike VM without captures). Time is O(input × states) whatever the pattern, so
/// <c>*a*a*a*a*a*b</c> cannot blow up, and the state lists live on the stack or in pooled arrays so
/// matching allocates nothing.
/// </summary>
internal sealed class GlobProgram(GlobInstruction[] instructions, int[] data)
{
    // Four int lists of this many states fit in 4 KiB of stack; larger programs rent from the pool.
    private const int StackStates = 256;

    public bool IsMatch(ReadOnlySpan<char> input)
    {
        var states = instructions.Length;
        int[]? rented = null;
        var scratch = states <= StackStates
            ? stackalloc int[4 * StackStates]
            : (rented = ArrayPool<int>.Shared.Rent(4 * states));
        try
        {
            var current = scratch[..states];
            var next = scratch.Slice(states, states);
            var marks = scratch.Slice(2 * states, states);
            var stack = scratch.Slice(3 * states, states);
            marks.Clear();
            return Run(input, current, next, marks, stack);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private bool Run(ReadOnlySpan<char> input, Span<int> current, Span<int> next, Span<int> marks, Span<int> stack)
    {
        // marks[state] == generation means the state is already in the list being built.
        var generation = 1;
        var count = AddClosure(0, current, 0, marks, generation, stack);
        var position = 0;
        while (position < input.Length)
        {
            if (count == 0)
            {
                return false;
            }
            // A lone surrogate decodes as U+FFFD, as Go sees such a string after JSON decoding.
            Rune.DecodeFromUtf16(input[position..], out var rune, out var consumed);
            position += consumed;
            var codePoint = rune.Value;

            generation++;
            var nextCount = 0;
            for (var i = 0; i < count; i++)
            {
                var state = current[i];
                var instruction = instructions[state];
                if (instruction.Opcode == GlobOpcode.Star)
                {
                    nextCount = AddClosure(state, next, nextCount, marks, generation, stack);
                }
                else if (Accepts(instruction, codePoint))
                {
                    nextCount = AddClosure(state + 1, next, nextCount, marks, generation, stack);
                }
            }

            var swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        return marks[^1] == generation;
    }

    private bool Accepts(GlobInstruction instruction, int codePoint) => instruction.Opcode switch
    {
        GlobOpcode.Char => codePoint == instruction.A,
        GlobOpcode.AnyChar => true,
        GlobOpcode.InList => data.AsSpan(instruction.A, instruction.B).Contains(codePoint),
        GlobOpcode.NotInList => !data.AsSpan(instruction.A, instruction.B).Contains(codePoint),
        GlobOpcode.InRange => codePoint >= instruction.A && codePoint <= instruction.B,
        GlobOpcode.NotInRange => codePoint < instruction.A || codePoint > instruction.B,
        _ => false,
    };

    // Adds the consuming states reachable from start without consuming input; Match is recorded
    // only through marks (it is the last instruction).
    private int AddClosure(int start, Span<int> list, int count, Span<int> marks, int generation, Span<int> stack)
    {
        if (marks[start] == generation)
        {
            return count;
        }
        marks[start] = generation;
        var top = 0;
        stack[top++] = start;
        while (top > 0)
        {
            var state = stack[--top];
            var instruction = instructions[state];
            switch (instruction.Opcode)
            {
                case GlobOpcode.Split:
                    foreach (var target in data.AsSpan(instruction.A, instruction.B))
                    {
                        Push(target, marks, generation, stack, ref top);
                    }
                    break;
                case GlobOpcode.Jump:
                    Push(instruction.A, marks, generation, stack, ref top);
                    break;
                case GlobOpcode.Star:
                    list[count++] = state;
                    Push(state + 1, marks, generation, stack, ref top);
                    break;
                case GlobOpcode.Match:
                    break;
                default:
                    list[count++] = state;
                    break;
            }
        }
        return count;
    }

    private static void Push(int state, Span<int> marks, int generation, Span<int> stack, ref int top)
    {
        if (marks[state] != generation)
        {
            marks[state] = generation;
            stack[top++] = state;
        }
    }
}
