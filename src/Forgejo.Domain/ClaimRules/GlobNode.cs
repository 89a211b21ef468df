namespace Forgejo.Domain.ClaimRules;

/// <summary>Syntax tree of a glob pattern, shaped like gobwas/glob's <c>syntax/ast</c>.</summary>
internal abstract class GlobNode
{
    public GlobNode? Parent { get; set; }
}

/// <summary>A sequence: every child must match, one after the other.</summary>
internal sealed class GlobSequenceNode : GlobNode
{
    public List<GlobNode> Children { get; } = [];

    public void Add(GlobNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }
}

/// <summary><c>{a,b}</c>: one of the alternatives must match.</summary>
internal sealed class GlobAlternationNode : GlobNode
{
    public List<GlobSequenceNode> Alternatives { get; } = [];

    public void Add(GlobSequenceNode alternative)
    {
        alternative.Parent = this;
        Alternatives.Add(alternative);
    }
}

internal sealed class GlobTextNode(string text) : GlobNode
{
    public string Text { get; } = text;
}

/// <summary><c>*</c> or <c>**</c>: with no separator characters both match any run of characters.</summary>
internal sealed class GlobStarNode : GlobNode;

/// <summary><c>?</c>: exactly one character.</summary>
internal sealed class GlobSingleNode : GlobNode;

/// <summary><c>[abc]</c> or <c>[!abc]</c>.</summary>
internal sealed class GlobListNode(int[] codePoints, bool negated) : GlobNode
{
    public int[] CodePoints { get; } = codePoints;
    public bool Negated { get; } = negated;
}

/// <summary><c>[a-z]</c> or <c>[!a-z]</c>, bounds inclusive, compared by code point.</summary>
internal sealed class GlobRangeNode(int low, int high, bool negated) : GlobNode
{
    public int Low { get; } = low;
    public int High { get; } = high;
    public bool Negated { get; } = negated;
}
