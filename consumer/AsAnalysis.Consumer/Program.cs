// Consumer check: uses the AsAnalysis NuGet package (not the project) the way an outside user would, on the sample
// export, prints a small summary and compares it with the known values; with --feed, also inspects the packed
// packages. Exit code 0 when every check passes, 1 when one fails, 2 on wrong usage. Run by consumer/run.sh; see
// consumer/README.md.
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Xml.Linq;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Safety;

string? folder = null, feed = null, version = null, commit = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--feed" when i + 1 < args.Length: feed = args[++i]; break;
        case "--version" when i + 1 < args.Length: version = args[++i]; break;
        case "--commit" when i + 1 < args.Length: commit = args[++i]; break;
        default:
            if (folder is not null || args[i].StartsWith('-')) goto usage;
            folder = args[i];
            break;
    }
}
if (folder is null || !Directory.Exists(folder) || (feed is not null && version is null)) goto usage;

var inv = CultureInfo.InvariantCulture;
var failures = 0;
void Check<T>(string what, T actual, T expected)
{
    var ok = EqualityComparer<T>.Default.Equals(actual, expected);
    if (!ok) failures++;
    Console.WriteLine(string.Create(inv, $"  {(ok ? "ok  " : "FAIL")} {what}: {actual}{(ok ? "" : $" (expected {expected})")}"));
}

var library = typeof(TrialDataLoader).Assembly;
var informational = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
Console.WriteLine($"AsAnalysis {informational} ({library.Location})");
if (version is not null) Check("library version is the packed one", informational.Split('+')[0], version);

if (feed is not null) InspectPackages(feed, version!, commit);

// Loading (the values are those of data-samples/README.md).
var data = TrialDataLoader.LoadFolder(folder);
Console.WriteLine("Loaded " + folder);
Check("subjects", data.Subjects.Count, 60);
Check("planned arms", string.Join("/", data.PlannedArms), "Etanercept/MSC");
Check("efficacy records", data.Assessments.Count, 9702);
Check("adverse events", data.AdverseEvents.Count, 64);
Check("exposure records", data.Exposures.Count, 1662);

// Efficacy: ASAS20 at week 12, non-responder imputation (17/30 MSC, 18/30 Etanercept: the values that
// tests/AsAnalysis.Tests/Endpoints/SampleExportEfficacyTests.cs checks against an independent integer computation),
// with the Wilson interval recomputed here from its closed form.
var efficacy = EfficacyAnalysis.Run(data, new EfficacyOptions("Etanercept"));
Console.WriteLine("ASAS20 at week 12, NRI (responders/N, rate, Wilson 95% CI)");
foreach (var (arm, responders) in new[] { ("MSC", 17), ("Etanercept", 18) })
{
    var r = efficacy.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12m, arm);
    var (low, high) = Wilson(responders, 30);
    Check($"{arm} ASAS20 week 12", string.Create(inv, $"{r.Responders}/{r.N} {r.Rate:F4} [{r.Wilson.Ci.Lower:F6}, {r.Wilson.Ci.Upper:F6}]"),
        string.Create(inv, $"{responders}/30 {responders / 30.0:F4} [{low:F6}, {high:F6}]"));
}

// Safety (reference values: R 4.2.2 on the same files, see tests/AsAnalysis.Tests/Safety/SampleExportSafetyTests.cs).
var safety = SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Etanercept" });
Console.WriteLine("Safety population, treatment-emergent AEs (subjects, events)");
Check("safety N", string.Join(" ", safety.Arms.Select(a => $"{a.Arm}={a.N}")), "Etanercept=30 MSC=29");
var any = safety.Overview.Single(o => o.Category == OverviewCategory.AnyTeae).Cells;
Check("any TEAE", string.Join(" ", any.Select(c => string.Create(inv, $"{c.Arm}={c.Subjects}/{c.Events} ({c.Proportion:P1})"))),
    "Etanercept=14/28 (46.7 %) MSC=18/33 (62.1 %)");
var serious = safety.Overview.Single(o => o.Category == OverviewCategory.Serious).Cells;
Check("serious TEAE subjects", string.Join(" ", serious.Select(c => $"{c.Arm}={c.Subjects}")), "Etanercept=1 MSC=1");
Check("ard.csv rows > 0", safety.ToArdRows().Count > 0, true);

Console.WriteLine(failures == 0 ? "consumer check: OK" : $"consumer check: {failures} FAILED");
return failures == 0 ? 0 : 1;

usage:
Console.Error.WriteLine("usage: AsAnalysis.Consumer <export folder> [--feed <folder feed> --version <packed version> [--commit <git sha>]]");
return 2;

// The packages in the feed: contents, metadata, symbols with SourceLink.
void InspectPackages(string feedFolder, string v, string? sha)
{
    Console.WriteLine($"Packages in {feedFolder}");
    var lib = Path.Combine(feedFolder, $"AsAnalysis.{v}.nupkg");
    var cli = Path.Combine(feedFolder, $"AsAnalysis.Cli.{v}.nupkg");
    Check("AsAnalysis.nupkg and AsAnalysis.Cli.nupkg exist", File.Exists(lib) && File.Exists(cli), true);
    if (!File.Exists(lib) || !File.Exists(cli)) return;
    using (var zip = ZipFile.OpenRead(lib))
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Check($"AsAnalysis.nupkg lib/{tfm}/AsAnalysis.dll", names.Contains($"lib/{tfm}/AsAnalysis.dll"), true);
            Check($"AsAnalysis.nupkg lib/{tfm}/AsAnalysis.xml (XML docs)", names.Contains($"lib/{tfm}/AsAnalysis.xml"), true);
        }
        Check("AsAnalysis.nupkg README.md", names.Contains("README.md"), true);
        Check("AsAnalysis.nupkg LICENSE", names.Contains("LICENSE"), true);
        var meta = Nuspec(zip);
        Check("nuspec readme", Element(meta, "readme")?.Value, "README.md");
        Check("nuspec license", Element(meta, "license")?.Value, "LICENSE");
        var repository = Element(meta, "repository");
        Check("nuspec repository url", repository?.Attribute("url")?.Value, "https://github.com/asanalysis/asanalysis");
        if (sha is not null) Check("nuspec repository commit", repository?.Attribute("commit")?.Value, sha);
    }

    var symbols = Path.Combine(feedFolder, $"AsAnalysis.{v}.snupkg");
    Check("AsAnalysis.snupkg exists", File.Exists(symbols), true);
    if (File.Exists(symbols))
    {
        using var zip = ZipFile.OpenRead(symbols);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            var pdb = zip.GetEntry($"lib/{tfm}/AsAnalysis.pdb");
            Check($"AsAnalysis.snupkg lib/{tfm}/AsAnalysis.pdb", pdb is not null, true);
            if (pdb is null) continue;
            var link = SourceLink(pdb);
            var expected = "https://raw.githubusercontent.com/asanalysis/asanalysis/" + (sha ?? "");
            Check($"SourceLink in {tfm} pdb points to github{(sha is null ? "" : " at the commit")}", link?.Contains(expected, StringComparison.Ordinal) ?? false, true);
        }
    }

    using (var zip = ZipFile.OpenRead(cli))
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Check("AsAnalysis.Cli.nupkg tools/net10.0/any/as-analysis.dll", names.Contains("tools/net10.0/any/as-analysis.dll"), true);
        Check("AsAnalysis.Cli.nupkg DotnetToolSettings.xml", names.Contains("tools/net10.0/any/DotnetToolSettings.xml"), true);
        var meta = Nuspec(zip);
        Check("AsAnalysis.Cli package type", meta.Descendants().FirstOrDefault(e => e.Name.LocalName == "packageType")?.Attribute("name")?.Value, "DotnetTool");
        var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Check("tool command name", settings.Descendants().FirstOrDefault(e => e.Name.LocalName == "Command")?.Attribute("Name")?.Value, "as-analysis");
    }
}

// Wilson score interval (no continuity correction), 95%.
static (double Low, double High) Wilson(int x, int n)
{
    const double z = 1.959963984540054;
    double p = (double)x / n, z2 = z * z, centre = p + z2 / (2 * n), half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return ((centre - half) / (1 + z2 / n), (centre + half) / (1 + z2 / n));
}

static XElement Nuspec(ZipArchive zip) =>
    XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).Root!;

static XElement? Element(XElement root, string name) => root.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

// The SourceLink JSON of a portable PDB (custom debug information CC110556-A091-4D38-9FEC-25AB9A351A6A), or null.
static string? SourceLink(ZipArchiveEntry pdb)
{
    var bytes = new MemoryStream();
    using (var s = pdb.Open()) s.CopyTo(bytes);
    bytes.Position = 0;
    using var provider = MetadataReaderProvider.FromPortablePdbStream(bytes);
    var reader = provider.GetMetadataReader();
    var kind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    foreach (var handle in reader.CustomDebugInformation)
    {
        var info = reader.GetCustomDebugInformation(handle);
        if (reader.GetGuid(info.Kind) == kind) return System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value));
    }
    return null;
}
