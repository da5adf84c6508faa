namespace AsAnalysis.Reporting.Html;

internal static class HtmlAnchor
{
    public static string Table(string id) => "tbl-" + id;
}
