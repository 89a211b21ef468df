using Forgejo.Persistence;

namespace Forgejo.Tests.Infrastructure;

/// <summary>Theory data: every database test runs, unchanged, on each provider.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All()
    {
        var data = new TheoryData<DatabaseProvider>();
        foreach (var provider in DatabaseServers.Available())
        {
            data.Add(provider);
        }

        return data;
    }
}
