using AsAnalysis.Data;
using AsAnalysis.Data.Xpt;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;
using AsAnalysis.Tests.Data.Xpt;

namespace AsAnalysis.Tests.Safety;

/// <summary>
/// The treatment-emergent AE tables of the public CDISC SDTM/ADaM pilot 01 study (three arms; ../shared/data/cdiscpilot01,
/// skipped with a message when absent), checked against R 4.2.2 (foreign 0.8.84) and against a plain recount from the
/// transport records in this file. The R reference (values pasted beside the assertions):
/// <code>
/// library(foreign); options(digits = 17)
/// adsl &lt;- read.xport("adsl.xpt"); adae &lt;- read.xport("adae.xpt")
/// saf &lt;- adsl[adsl$SAFFL == "Y", ]; table(saf$TRT01A)
/// te &lt;- merge(adae[adae$TRTEMFL == "Y", ], saf[, c("USUBJID", "TRT01A", "TRTSDT", "TRTEDT", "DTHFL")], by = "USUBJID")
/// nsub &lt;- function(x) length(unique(x))
/// tapply(te$USUBJID, te$TRT01A, nsub); table(te$TRT01A)
/// soc &lt;- aggregate(USUBJID ~ AEBODSYS, te, nsub); soc[order(-soc$USUBJID, toupper(soc$AEBODSYS), method = "radix"), ]
/// pt &lt;- aggregate(USUBJID ~ AEBODSYS + AEDECOD, te, nsub); nrow(pt)
/// x &lt;- te[te$AEDECOD == "PRURITUS", ]; tapply(x$USUBJID, x$TRT01A, nsub); table(x$TRT01A)
/// </code>
/// The SAS dataset pilot's TRTEMFL is Y or blank; blank records (65, 11 of them without ASTDT) are not emergent.
/// </summary>
public class CdiscPilotSafetyTests
{
    private const string Placebo = "Placebo";
    private const string Low = "Xanomeline Low Dose";
    private const string High = "Xanomeline High Dose";

    private static readonly Lazy<(XptDataset Adsl, XptDataset Adae, TrialData Data)> Pilot = new(Load);

    private static (XptDataset, XptDataset, TrialData) Load()
    {
        var adsl = XptReader.ReadFile(Path.Combine(SharedData.CdiscPilot!, "adsl.xpt"));
        var adae = XptReader.ReadFile(Path.Combine(SharedData.CdiscPilot!, "adae.xpt"));
        return (adsl, adae, ToTrialData(adsl, adae));
    }

    private static readonly DateOnly SasEpoch = new(1960, 1, 1);

    private static DateOnly? Date(XptValue v) => v.Number is { } d ? SasEpoch.AddDays((int)d) : null;

    private static string? Text(XptValue v) => v.IsMissing ? null : v.Text;

    private static bool? Flag(XptValue v) => Text(v) switch { null => null, "Y" => true, "N" => false, var x => throw new FormatException(x) };

    /// <summary>A test-side mapping of the two transport datasets to the trial data model (independent of the library's loader).</summary>
    private static TrialData ToTrialData(XptDataset adsl, XptDataset adae)
    {
        var subjects = adsl.Records.Select(r => new Subject
        {
            UsubjId = r["USUBJID"].Text!,
            PlannedArm = r["TRT01P"].Text!,
            ActualArm = Text(r["TRT01A"]) ?? r["TRT01P"].Text!,
            Itt = Flag(r["ITTFL"]) == true,
            Safety = Flag(r["SAFFL"]) == true,
            TreatmentStart = Date(r["TRTSDT"]),
            TreatmentEnd = Date(r["TRTEDT"]),
            Died = Flag(r["DTHFL"]),
        });
        var aes = adae.Records.Select(r => new AdverseEvent
        {
            UsubjId = r["USUBJID"].Text!,
            Soc = r["AEBODSYS"].Text!,
            Pt = r["AEDECOD"].Text!,
            StartDate = Date(r["ASTDT"]),
            Severity = Text(r["AESEV"]) is { } s ? Enum.Parse<AeSeverity>(s, ignoreCase: true) : null,
            Serious = Flag(r["AESER"]),
            Relationship = Text(r["AEREL"]),
            ActionTaken = Text(r["AEACN"]),
            Outcome = Text(r["AEOUT"]),
            TreatmentEmergentFlag = Flag(r["TRTEMFL"]),
        });
        return new TrialData(subjects, adverseEvents: aes);
    }

    private static SafetyResults Run(SafetyOptions? options = null) =>
        SafetyAnalysis.Run(Pilot.Value.Data, options ?? new SafetyOptions { ControlArm = Placebo });

    private static void Cells(IReadOnlyList<SafetyCell> cells, (int N, int Subjects, int Events) placebo, (int N, int Subjects, int Events) low, (int N, int Subjects, int Events) high)
    {
        Assert.Equal(placebo, Cell(cells, Placebo));
        Assert.Equal(low, Cell(cells, Low));
        Assert.Equal(high, Cell(cells, High));
    }

    private static (int, int, int) Cell(IReadOnlyList<SafetyCell> cells, string arm)
    {
        var c = cells.Single(x => x.Arm == arm);
        return (c.N, c.Subjects, c.Events);
    }

    [CdiscPilotFact]
    public void OverviewMatchesR()
    {
        var r = Run();
        // R: table(saf$TRT01A) -> Placebo 86, Xanomeline High Dose 84, Xanomeline Low Dose 84
        Assert.Equal([(Placebo, 86), (High, 84), (Low, 84)], r.Arms.Select(a => (a.Arm, a.N)));
        // R: tapply(te$USUBJID, te$TRT01A, nsub) -> 65 76 77; table(te$TRT01A) -> 281 433 412 (1126 TEAE records)
        Cells(r.Row(OverviewCategory.AnyTeae).Cells, (86, 65, 281), (84, 77, 412), (84, 76, 433));
        Assert.Equal(65.0 / 86.0, r.Row(OverviewCategory.AnyTeae).Cells[0].Proportion);
        // R: serious (AESER == "Y") subjects: High 2, Low 1, Placebo 0
        Assert.Equal([0, 1, 2], new[] { Placebo, Low, High }.Select(a => r.Row(OverviewCategory.Serious).Cells.Single(c => c.Arm == a).Subjects));
        // R: AESEV == "SEVERE" subjects: Placebo 5, High 8, Low 16; records 6, 10, 25 (table(te$TRT01A, te$AESEV))
        Cells(r.Row(OverviewCategory.Severe).Cells, (86, 5, 6), (84, 16, 25), (84, 8, 10));
        // R: AEREL POSSIBLE/PROBABLE or blank (4 blanks, all Low dose, counted related by default): 43, 73, 70 subjects
        Assert.Equal([43, 73, 70], new[] { Placebo, Low, High }.Select(a => r.Row(OverviewCategory.Related).Cells.Single(c => c.Arm == a).Subjects));
        // AEACN is blank throughout the pilot: no TEAE led to discontinuation.
        Assert.All(r.Row(OverviewCategory.LeadingToDiscontinuation).Cells, c => Assert.Equal(0, c.Subjects));
        // R: subjects with DTHFL == "Y" or a TEAE with AEOUT == "FATAL": Placebo 2, Low 1
        Assert.Equal([2, 1, 0], new[] { Placebo, Low, High }.Select(a => r.Row(OverviewCategory.Death).Cells.Single(c => c.Arm == a).Subjects));

        // Data handling: no untreated subject; the 65 records with a blank TRTEMFL are excluded (R: table(adae$TRTEMFL)).
        Assert.Equal(0, r.HandlingCount(SafetyHandling.SubjectNotInSafetyPopulation));
        Assert.Equal(65, r.HandlingCount(SafetyHandling.AeFlaggedNotTreatmentEmergent));
        Assert.Equal(4, r.HandlingCount(SafetyHandling.TeaeMissingRelationship));
    }

    [CdiscPilotFact]
    public void SocPtTableMatchesRAndAPlainRecount()
    {
        var r = Run();
        // R: nrow(soc) -> 23, nrow(pt) -> 230
        Assert.Equal(23, r.BySocPt.Socs.Count);
        Assert.Equal((230, 230), (r.BySocPt.PtCount, r.BySocPt.PtsShown));
        // R: soc[order(-soc$USUBJID, toupper(soc$AEBODSYS), method = "radix"), ] (subjects over all arms)
        Assert.Equal(
            [
                ("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", 108), ("SKIN AND SUBCUTANEOUS TISSUE DISORDERS", 99),
                ("NERVOUS SYSTEM DISORDERS", 53), ("GASTROINTESTINAL DISORDERS", 51), ("CARDIAC DISORDERS", 40),
                ("INFECTIONS AND INFESTATIONS", 38), ("PSYCHIATRIC DISORDERS", 28), ("RESPIRATORY, THORACIC AND MEDIASTINAL DISORDERS", 27),
                ("INVESTIGATIONS", 22), ("MUSCULOSKELETAL AND CONNECTIVE TISSUE DISORDERS", 18), ("INJURY, POISONING AND PROCEDURAL COMPLICATIONS", 14),
                ("RENAL AND URINARY DISORDERS", 10), ("METABOLISM AND NUTRITION DISORDERS", 9), ("VASCULAR DISORDERS", 7),
                ("EYE DISORDERS", 5), ("SURGICAL AND MEDICAL PROCEDURES", 5), ("EAR AND LABYRINTH DISORDERS", 4),
                ("CONGENITAL, FAMILIAL AND GENETIC DISORDERS", 3), ("NEOPLASMS BENIGN, MALIGNANT AND UNSPECIFIED (INCL CYSTS AND POLYPS)", 3),
                ("REPRODUCTIVE SYSTEM AND BREAST DISORDERS", 3), ("HEPATOBILIARY DISORDERS", 1), ("IMMUNE SYSTEM DISORDERS", 1), ("SOCIAL CIRCUMSTANCES", 1),
            ],
            r.BySocPt.Socs.Select(s => (s.Soc.Term.Soc, s.Soc.TotalSubjects)));
        // R: PTs of the first SOC in order (ties 21/21 and 11/11 alphabetical)
        Assert.Equal(
            [
                ("APPLICATION SITE PRURITUS", 50), ("APPLICATION SITE ERYTHEMA", 30), ("APPLICATION SITE DERMATITIS", 21),
                ("APPLICATION SITE IRRITATION", 21), ("APPLICATION SITE VESICLES", 11), ("FATIGUE", 11), ("OEDEMA PERIPHERAL", 5),
            ],
            r.BySocPt.Socs[0].Pts.Take(7).Select(p => (p.Term.Pt, p.TotalSubjects)));

        // R: top PTs per arm, subjects and records (Placebo, Low, High)
        var skin = "SKIN AND SUBCUTANEOUS TISSUE DISORDERS";
        var general = "GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS";
        Cells(r.Pt(skin, "PRURITUS").Cells, (86, 8, 11), (84, 21, 31), (84, 26, 38));
        Cells(r.Pt(general, "APPLICATION SITE PRURITUS").Cells, (86, 6, 10), (84, 22, 32), (84, 22, 35));
        Cells(r.Pt(skin, "ERYTHEMA").Cells, (86, 8, 12), (84, 14, 22), (84, 14, 22));
        Cells(r.Pt(general, "APPLICATION SITE ERYTHEMA").Cells, (86, 3, 3), (84, 12, 20), (84, 15, 23));
        Cells(r.Pt(skin, "RASH").Cells, (86, 5, 9), (84, 13, 18), (84, 9, 15));

        // Every cell against a plain recount from the transport records (not through the trial data model).
        var (adsl, adae, _) = Pilot.Value;
        var arm = adsl.Records.Where(x => x["SAFFL"].Text == "Y").ToDictionary(x => x["USUBJID"].Text!, x => x["TRT01A"].Text!);
        var te = adae.Records.Where(x => x["TRTEMFL"].Text == "Y" && arm.ContainsKey(x["USUBJID"].Text!))
            .Select(x => (Id: x["USUBJID"].Text!, Arm: arm[x["USUBJID"].Text!], Soc: x["AEBODSYS"].Text!, Pt: x["AEDECOD"].Text!)).ToList();
        Assert.Equal(1126, te.Count); // R: nrow(te)
        int compared = 0;
        foreach (var row in r.BySocPt.Rows)
        {
            foreach (var c in row.Cells)
            {
                var recs = te.Where(t => t.Arm == c.Arm && t.Soc == row.Term.Soc && (row.Term.Level == TermLevel.Soc || t.Pt == row.Term.Pt)).ToList();
                Assert.Equal(arm.Values.Count(a => a == c.Arm), c.N);
                Assert.Equal(recs.Select(t => t.Id).Distinct().Count(), c.Subjects);
                Assert.Equal(recs.Count, c.Events);
                compared++;
            }
        }
        Assert.Equal(3 * (23 + 230), compared);
    }

    [CdiscPilotFact]
    public void MinimumIncidenceSeverityAndComparisonsMatchR()
    {
        // R: PTs with n/N >= 0.05 in at least one arm -> 21
        var filtered = Run(new SafetyOptions { ControlArm = Placebo, MinimumIncidence = 0.05 });
        Assert.Equal(21, filtered.BySocPt.PtsShown);

        var r = Run();
        // R: max severity per subject (1 mild, 2 moderate, 3 severe): Placebo 36/24/5, Low 19/42/16, High 22/46/8
        var sev = r.BySeverity[0];
        Assert.Equal([36, 24, 5], sev.Rows.Select(x => x.Cells.Single(c => c.Arm == Placebo).Subjects));
        Assert.Equal([19, 42, 16], sev.Rows.Select(x => x.Cells.Single(c => c.Arm == Low).Subjects));
        Assert.Equal([22, 46, 8], sev.Rows.Select(x => x.Cells.Single(c => c.Arm == High).Subjects));
        // R: table(te$TRT01A, te$AESEV) records: High 294/129/10
        Assert.Equal([294, 129, 10], sev.Rows.Select(x => x.Cells.Single(c => c.Arm == High).Events));

        // APPLICATION SITE PRURITUS, High 22/84 vs Placebo 6/86:
        // R: fisher.test(matrix(c(22, 62, 6, 80), 2))$p.value -> 0.00081175836860054407
        // R (Newcombe hybrid score from prop.test(x, n, correct = FALSE)$conf.int of each arm):
        //   0.19213732004429679 [0.081464671292890922, 0.30166587577870108]
        var cmp = r.TermComparisons.Single(x => x.Key.Term.Pt == "APPLICATION SITE PRURITUS" && x.TreatmentArm == High);
        Assert.Equal(Placebo, cmp.ControlArm);
        Assert.Equal(new TwoByTwoTable(22, 84, 6, 86), cmp.Difference.Table);
        Assert.Equal(0.19213732004429679, cmp.Difference.Estimate, 1e-12);
        Assert.Equal(0.081464671292890922, cmp.Difference.Ci.Lower, 1e-10);
        Assert.Equal(0.30166587577870108, cmp.Difference.Ci.Upper, 1e-10);
        Assert.True(Math.Abs(cmp.Fisher.PValue / 0.00081175836860054407 - 1) < 1e-8);
        // Pairwise against the control: Low and High, never Low vs High.
        Assert.Equal(2, r.TermComparisons.Count(x => x.Key.Term.Pt == "APPLICATION SITE PRURITUS"));
    }

    [CdiscPilotFact]
    public void ExposureAdjustedIncidenceOfAnyTeaeMatchesR()
    {
        // Time at risk: first TEAE onset - TRTSDT + 1 days, else TRTEDT - TRTSDT + 1 (the pilot ADSL has no EOSDT); / 365.25.
        // R: first <- aggregate(ASTDT ~ USUBJID, te, min); s <- merge(saf, first, all.x = TRUE)
        //    s$days <- ifelse(is.na(s$ASTDT), s$TRTEDT - s$TRTSDT + 1, pmax(1, s$ASTDT - s$TRTSDT + 1))
        //    per arm: ev <- sum(!is.na(d$ASTDT)); py <- sum(d$days) / 365.25; 100 * ev / py; 100 * poisson.test(ev, py)$conf.int
        // Placebo 65 events, 14.540725530458589 PY, 447.02033515345511 [345.00085724162722, 569.76411281768208]
        // High    76 events,  5.5030800821355239 PY, 1381.044776119403 [1088.1062056654068, 1728.5834758635251]
        // Low     77 events,  6.8199863107460645 PY, 1129.0345242874348 [891.01639043904424, 1411.0994379634637]
        var any = Run().ExposureAdjustedRates.Single(x => x.Key == new SafetyRowKey(OverviewCategory.AnyTeae, SafetyTerm.Overall));
        void Check(string arm, int events, double py, double rate, double lo, double hi)
        {
            var a = any.Arms.Single(x => x.Arm == arm);
            Assert.Equal(events, a.SubjectsWithEvent);
            Assert.Equal(py, a.PatientYearsToFirstEvent, 1e-12);
            Assert.True(Math.Abs(a.IncidenceRate.Per100PatientYears / rate - 1) < 1e-12, $"{arm} rate {a.IncidenceRate.Per100PatientYears:R}");
            Assert.True(Math.Abs(a.IncidenceRate.Ci.Lower / lo - 1) < 1e-8, $"{arm} lower {a.IncidenceRate.Ci.Lower:R}");
            Assert.True(Math.Abs(a.IncidenceRate.Ci.Upper / hi - 1) < 1e-8, $"{arm} upper {a.IncidenceRate.Ci.Upper:R}");
        }
        Check(Placebo, 65, 14.540725530458589, 447.02033515345511, 345.00085724162722, 569.76411281768208);
        Check(High, 76, 5.5030800821355239, 1381.044776119403, 1088.1062056654068, 1728.5834758635251);
        Check(Low, 77, 6.8199863107460645, 1129.0345242874348, 891.01639043904424, 1411.0994379634637);
    }

    [CdiscPilotFact]
    public void PerRecordDerivationWouldCountUndatedBlankFlagRecords()
    {
        // The 11 records with a blank TRTEMFL and no ASTDT become emergent under the per-record rule (admiral: missing
        // start date counts as emergent): this is why the default lets an exported flag decide for every record.
        var r = Run(new SafetyOptions { TreatmentEmergent = TreatmentEmergentRule.FlagElseDerivedPerRecord });
        Assert.Equal(11, r.HandlingCount(SafetyHandling.AeMissingStartDateCountedEmergent));
        Assert.Equal(1126 + 11, r.Row(OverviewCategory.AnyTeae).Cells.Sum(c => c.Events));
        Assert.Equal(65 - 11, r.HandlingCount(SafetyHandling.AeBeforeTreatmentStart));
    }
}
