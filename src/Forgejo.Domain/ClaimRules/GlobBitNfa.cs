using System.Numerics;

namespace Forgejo.Domain.ClaimRules;

/// <summary>
/// The NFA for programs of up to 64 states, with the live state set in one <see cref="ulong"/>.
/// Per character: states that accept it (a table lookup for ASCII) move on (a star stays, the rest
/// shift to the next state) and each target adds its ε-closure, precomputed as a mask. Allocation-free
/// and a few instructions per live state.
/// </summary>
internal sealed class GlobBitNfa : GlobNfa
{
    public const int MaxStates = 64;

    private readonly ulong[] _closures;
    private readonly ulong[] _asciiAccepts = new ulong[128];
    private readonly ulong _stars;
    // Targets whose closure is only themselves: a plain consuming state.
    private readonly ulong _plain;
    private readonly ulong _match;

    public GlobBitNfa(GlobInstruction[] instructions, int[] data)
        : base(instructions, data)
    {
        _closures = new ulong[instructions.Length];
        for (var state = 0; state < instructions.Length; state++)
        {
            _closures[state] = Closure(state);
            var bit = 1UL << state;
            if (instructions[state].Opcode == GlobOpcode.Star)
            {
                _stars |= bit;
            }
            if (_closures[state] == bit)
            {
                _plain |= bit;
            }
            for (var c = 0; c < _asciiAccepts.Length; c++)
            {
                if (Accepts(instructions[state], c))
                {
                    _asciiAccepts[c] |= bit;
                }
            }
        }
        _match = 1UL << (instructions.Length - 1);
    }

    public override bool IsMatch(ReadOnlySpan<char> input)
    {
        var live = _closures[0];
        var position = 0;
        while (position < input.Length && live != 0)
        {
            var codePoint = NextCodePoint(input, ref position);
            var moving = live & (codePoint < _asciiAccepts.Length ? _asciiAccepts[codePoint] : AcceptsOutsideAscii(live, codePoint));
            var targets = (moving & _stars) | ((moving & ~_stars) << 1);
            live = targets & _plain;
            for (var rest = targets & ~_plain; rest != 0; rest &= rest - 1)
            {
                live |= _closures[BitOperations.TrailingZeroCount(rest)];
            }
        }
        return (live & _match) != 0;
    }

    private ulong AcceptsOutsideAscii(ulong live, int codePoint)
    {
        var accepted = 0UL;
        for (var rest = live; rest != 0; rest &= rest - 1)
        {
            var state = BitOperations.TrailingZeroCount(rest);
            if (Accepts(Instructions[state], codePoint))
            {
                accepted |= 1UL << state;
            }
        }
        return accepted;
    }

    // The waiting states and Match reachable from state without consuming input, state included.
    private ulong Closure(int state)
    {
        var reached = 0UL;
        var visited = 0UL;
        var pending = new Stack<int>([state]);
        while (pending.TryPop(out var current))
        {
            if ((visited & (1UL << current)) != 0)
            {
                continue;
            }
            visited |= 1UL << current;
            var instruction = Instructions[current];
            switch (instruction.Opcode)
            {
                case GlobOpcode.Split:
                    foreach (var target in Data.AsSpan(instruction.A, instruction.B))
                    {
                        pending.Push(target);
                    }
                    break;
                case GlobOpcode.Jump:
                    pending.Push(instruction.A);
                    break;
                case GlobOpcode.Star:
                    reached |= 1UL << current;
                    pending.Push(current + 1);
                    break;
                default:
                    reached |= 1UL << current;
                    break;
            }
        }
        return reached;
    }
}
