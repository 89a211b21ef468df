using System.Buffers;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// The NFA for programs of any size: the live states are kept as a list, rebuilt per character with
/// ε-moves followed on the fly (a Pike VM without captures). O(input × states), and the lists live on
/// the stack or in pooled arrays so matching allocates nothing.
/// </summary>
internal sealed class GlobPikeVm : GlobNfa
{
    // Four int lists of this many states take 4 KiB of stack; larger programs rent from the pool.
    private const int StackStates = 256;

    // Consuming states with no other move: adding one needs no closure walk.
    private readonly bool[] _isPlain;

    public GlobPikeVm(GlobInstruction[] instructions, int[] data)
        : base(instructions, data) =>
        _isPlain = [.. instructions.Select(i => Consumes(i.Opcode) && i.Opcode != GlobOpcode.Star)];

    public override bool IsMatch(ReadOnlySpan<char> input)
    {
        var states = Instructions.Length;
        int[]? rented = null;
        var scratch = states <= StackStates
            ? stackalloc int[4 * states]
            : (rented = ArrayPool<int>.Shared.Rent(4 * states));
        try
        {
            var marks = scratch.Slice(2 * states, states);
            if (rented is not null)
            {
                marks.Clear();
            }
            return Run(input, scratch[..states], scratch.Slice(states, states), marks, scratch.Slice(3 * states, states));
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
            var codePoint = NextCodePoint(input, ref position);
            generation++;
            var nextCount = 0;
            for (var i = 0; i < count; i++)
            {
                var state = current[i];
                var instruction = Instructions[state];
                if (!Accepts(instruction, codePoint))
                {
                    continue;
                }
                var target = instruction.Opcode == GlobOpcode.Star ? state : state + 1;
                if (marks[target] == generation)
                {
                    continue;
                }
                if (_isPlain[target])
                {
                    marks[target] = generation;
                    next[nextCount++] = target;
                }
                else
                {
                    nextCount = AddClosure(target, next, nextCount, marks, generation, stack);
                }
            }

            var swap = current;
            current = next;
            next = swap;
            count = nextCount;
        }
        return marks[^1] == generation;
    }

    // Adds the consuming states reachable from start without consuming input; Match is recorded
    // only through marks (it is the last instruction).
    private int AddClosure(int start, Span<int> list, int count, Span<int> marks, int generation, Span<int> stack)
    {
        marks[start] = generation;
        var top = 0;
        stack[top++] = start;
        while (top > 0)
        {
            var state = stack[--top];
            var instruction = Instructions[state];
            switch (instruction.Opcode)
            {
                case GlobOpcode.Split:
                    foreach (var target in Data.AsSpan(instruction.A, instruction.B))
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
