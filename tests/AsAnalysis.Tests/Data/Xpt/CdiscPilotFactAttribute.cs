namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>A fact that is skipped, with the reason, when the CDISC pilot files are absent.</summary>
public sealed class CdiscPilotFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the data is absent.</summary>
    public CdiscPilotFactAttribute()
    {
        if (SharedData.CdiscPilot is null) Skip = SharedData.SkipReason;
    }
}
