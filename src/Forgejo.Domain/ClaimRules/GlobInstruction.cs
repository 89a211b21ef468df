namespace Forgejo.Domain.ClaimRules;

internal enum GlobOpcode : byte
{
    /// <summary>Consume the code point <c>A</c>.</summary>
    Char,
    /// <summary>Consume any one code point.</summary>
    AnyChar,
    /// <summary>Consume a code point listed in data[A..A+B].</summary>
    InList,
    /// <summary>Consume a code point not listed in data[A..A+B].</summary>
    NotInList,
    /// <summary>Consume a code point in [A, B].</summary>
    InRange,
    /// <summary>Consume a code point outside [A, B].</summary>
    NotInRange,
    /// <summary>Consume any code point and stay here, or move on without consuming.</summary>
    Star,
    /// <summary>Move without consuming to every target listed in data[A..A+B].</summary>
    Split,
    /// <summary>Move without consuming to A.</summary>
    Jump,
    /// <summary>The whole input matched if it ends here.</summary>
    Match,
}

internal readonly record struct GlobInstruction(GlobOpcode Opcode, int A = 0, int B = 0);
