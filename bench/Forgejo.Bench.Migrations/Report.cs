using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Forgejo.Bench.Migrations;

/// <summary>Median, minimum and maximum of a set of timings, in milliseconds.</summary>
public sealed record Timings(IReadOnlyList<double> Values)
{
    public double Median
    {
        get
        {
            var sorted = Values.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Min => Values.Min();
    public double Max => Values.Max();

    /// <summary><c>median (min–max)</c>, in ms.</summary>
    public override string ToString() => $"{Report.Ms(Median)} ({Report.Ms(Min)}–{Report.Ms(Max)})";
}

/// <summary>Plain text lines on standard output, aligned so that they can be pasted into docs/benchmarks.md.</summary>
public static class Report
{
    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    public static void Line(string text) => Console.Out.WriteLine(text);

    public static void Heading(string text)
    {
        Line("");
        Line("== " + text);
    }

    public static void Row(params string[] cells)
    {
        // First column left-aligned, the others right-aligned.
        var widths = new[] { 10, 36, 10, 10, 10, 34 };
        var parts = cells.Select((cell, i) => i == 0 ? cell.PadRight(widths[0]) : cell.PadLeft(i < widths.Length ? widths[i] : 12));
        Line(string.Concat(parts).TrimEnd());
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string CpuModel()
    {
        try
        {
            using var lscpu = Process.Start(new ProcessStartInfo("lscpu") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = lscpu.StandardOutput.ReadToEnd();
            lscpu.WaitForExit();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("Model name:", StringComparison.Ordinal));
            if (line is not null)
            {
                return line["Model name:".Length..].Trim();
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    public static void Machine(string when)
    {
        Line($"machine   nproc {Environment.ProcessorCount}, CPU {CpuModel()}, {RuntimeInformation.OSDescription}");
        Line($"runtime   {RuntimeInformation.FrameworkDescription}, EF Core {Version(typeof(Microsoft.EntityFrameworkCore.DbContext))}, " +
             $"Npgsql EF {Version(typeof(Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions))}, " +
             $"Pomelo {Version(typeof(Microsoft.EntityFrameworkCore.MySqlDbContextOptionsBuilderExtensions))}, " +
             $"build {Configuration()}, {(IsReadyToRun(typeof(Report).Assembly.Location) ? "ReadyToRun" : "JIT")}");
        Line($"load      {when}: {LoadAverage()} (1, 5, 15 min)");
    }

    /// <summary>Whether an assembly carries precompiled (ReadyToRun) code, as a <c>PublishReadyToRun</c> publish leaves it.</summary>
    public static bool IsReadyToRun(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            return false;
        }

        using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assemblyPath));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    public static string Configuration() =>
        typeof(Report).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "unknown";

    private static string Version(Type type)
    {
        var informational = type.Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
        return informational?.Split('+')[0] ?? type.Assembly.GetName().Version?.ToString() ?? "?";
    }
}
