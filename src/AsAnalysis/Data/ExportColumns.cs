namespace AsAnalysis.Data;

/// <summary>
/// Canonical column (variable) names of the trial export files (CDISC ADaM names), as used in
/// <see cref="LoadOptions.ColumnMap"/>, in problems and as DataFrame column names.
/// </summary>
public static class ExportColumns
{
    /// <summary>Unique subject identifier (all files).</summary>
    public const string UsubjId = "USUBJID";

    // adsl
    /// <summary>Planned arm (adsl).</summary>
    public const string Trt01P = "TRT01P";
    /// <summary>Actual arm (adsl, optional).</summary>
    public const string Trt01A = "TRT01A";
    /// <summary>Intention-to-treat flag (adsl).</summary>
    public const string IttFl = "ITTFL";
    /// <summary>Safety population flag (adsl).</summary>
    public const string SafFl = "SAFFL";
    /// <summary>Per-protocol flag (adsl, optional).</summary>
    public const string PprotFl = "PPROTFL";
    /// <summary>First treatment date (adsl, optional).</summary>
    public const string TrtSdt = "TRTSDT";
    /// <summary>Last treatment date (adsl, optional).</summary>
    public const string TrtEdt = "TRTEDT";
    /// <summary>Age in years (adsl, optional).</summary>
    public const string Age = "AGE";
    /// <summary>Sex (adsl, optional).</summary>
    public const string Sex = "SEX";
    /// <summary>HLA-B27 status (adsl, optional).</summary>
    public const string HlaB27 = "HLAB27";
    /// <summary>Stratification factor (adsl, optional).</summary>
    public const string Strat1 = "STRAT1";
    /// <summary>End-of-study status (adsl, optional).</summary>
    public const string EosStt = "EOSSTT";
    /// <summary>Discontinuation reason (adsl, optional).</summary>
    public const string DcsReas = "DCSREAS";
    /// <summary>End-of-study date (adsl, optional).</summary>
    public const string EosDt = "EOSDT";
    /// <summary>Death flag (adsl, optional).</summary>
    public const string DthFl = "DTHFL";

    // adeff
    /// <summary>Parameter code (adeff).</summary>
    public const string ParamCd = "PARAMCD";
    /// <summary>Analysis visit in weeks (adeff).</summary>
    public const string AvisitN = "AVISITN";
    /// <summary>Visit label (adeff, optional).</summary>
    public const string Avisit = "AVISIT";
    /// <summary>Study day (adeff, optional).</summary>
    public const string Ady = "ADY";
    /// <summary>Analysis value (adeff).</summary>
    public const string Aval = "AVAL";

    // adae
    /// <summary>System organ class (adae).</summary>
    public const string AeBodSys = "AEBODSYS";
    /// <summary>Preferred term (adae).</summary>
    public const string AeDecod = "AEDECOD";
    /// <summary>Start date (adae and adex).</summary>
    public const string AstDt = "ASTDT";
    /// <summary>Severity (adae).</summary>
    public const string AeSev = "AESEV";
    /// <summary>Serious flag (adae).</summary>
    public const string AeSer = "AESER";
    /// <summary>Relationship to study treatment (adae, optional).</summary>
    public const string AeRel = "AEREL";
    /// <summary>Action taken with study treatment (adae, optional).</summary>
    public const string AeAcn = "AEACN";
    /// <summary>Outcome (adae, optional).</summary>
    public const string AeOut = "AEOUT";
    /// <summary>Treatment-emergent flag (adae, optional).</summary>
    public const string TrtEmFl = "TRTEMFL";

    // adex
    /// <summary>Treatment given (adex).</summary>
    public const string ExTrt = "EXTRT";
    /// <summary>Dose (adex, optional).</summary>
    public const string ExDose = "EXDOSE";
    /// <summary>Dose unit (adex, optional).</summary>
    public const string ExDosu = "EXDOSU";
}
