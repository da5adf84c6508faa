using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace AsAnalysis.Plots;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from the copies embedded in the library, under a private alias, so that a
/// figure renders with the same glyphs whether or not the machine has the font (a fresh Debian or container image
/// often has no fonts at all) and whatever version its fontconfig would pick. The alias cannot collide with a
/// typeface ScottPlot cached earlier under the real family name; the typefaces still report "DejaVu Sans", which is
/// the family written into SVG output.
/// </summary>
internal static class BundledFonts
{
    /// <summary>The family name of the embedded font.</summary>
    public const string FamilyName = "DejaVu Sans";

    /// <summary>The name under which ScottPlot resolves the embedded font.</summary>
    public const string Alias = "AsAnalysis.Bundled.DejaVuSans";

    private static readonly Lazy<Resolver> Instance = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the resolver with ScottPlot (once per process) and returns the alias to use as a font name.</summary>
    public static string EnsureRegistered()
    {
        _ = Instance.Value;
        return Alias;
    }

    /// <summary>The embedded regular typeface.</summary>
    public static SKTypeface Regular => Instance.Value.RegularFace;

    /// <summary>The embedded bold typeface.</summary>
    public static SKTypeface Bold => Instance.Value.BoldFace;

    private static Resolver Register()
    {
        var resolver = new Resolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        lock (Fonts.FontResolvers) Fonts.FontResolvers.Insert(0, resolver);
        return resolver;
    }

    private static SKTypeface Load(string file)
    {
        var name = "AsAnalysis.Plots.Fonts." + file;
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font resource '{name}' is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        using var data = SKData.CreateCopy(memory.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font '{file}' could not be loaded.");
    }

    private sealed class Resolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface RegularFace { get; } = regular;
        public SKTypeface BoldFace { get; } = bold;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Alias ? (weight >= FontWeight.SemiBold ? BoldFace : RegularFace) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Alias ? (bold ? BoldFace : RegularFace) : null;
    }
}
