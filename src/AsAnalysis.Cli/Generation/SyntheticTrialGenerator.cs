using System.Globalization;
using System.Text;
using AsAnalysis.Data;

namespace AsAnalysis.Cli.Generation;

/// <summary>
/// Generates a realistic synthetic export of the MSC versus Etanercept trial in ankylosing spondylitis (NCT02809781 design):
/// two arms randomized 1:1 in blocks of four, visits at weeks 0, 2, 4, 8, 12, 24, 36, 48, all BASDAI and BASFI items,
/// PTGLOBAL, TOTBPAIN, NOCBPAIN, CRP, ESR, LATFLEX, dropouts, missed visits and intermittent missing items, a subject randomized
/// but never treated, MedDRA-like adverse events (some before treatment, some serious, one leading to withdrawal) and
/// MSC infusions / Etanercept injections. Rows are written subject by subject (streaming), so exports of any size fit in
/// constant memory. The output depends only on the seed and the number of subjects.
/// </summary>
public static class SyntheticTrialGenerator
{
    /// <summary>Label of the experimental arm.</summary>
    public const string MscArm = "MSC";
    /// <summary>Label of the control arm.</summary>
    public const string EtanerceptArm = "Etanercept";

    /// <summary>Visit weeks (AVISITN).</summary>
    public static readonly IReadOnlyList<int> VisitWeeks = [0, 2, 4, 8, 12, 24, 36, 48];

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly DateOnly EnrolmentStart = new(2016, 8, 1);
    private const int EnrolmentDays = 730;

    // Improvement profile (fraction of the subject's response depth reached) at each visit of VisitWeeks.
    private static readonly double[] EtanerceptProfile = [0, 0.55, 0.80, 0.95, 1.00, 1.00, 0.98, 0.97];
    private static readonly double[] MscProfile = [0, 0.35, 0.60, 0.85, 1.00, 0.70, 0.85, 0.50];

    // MSC: weekly x4 then every two weeks x4 (8 infusions in 12 weeks); second course 3 months after the first ended.
    private static readonly int[] MscInfusionWeeks = [0, 1, 2, 3, 5, 7, 9, 11, 24, 25, 26, 27, 29, 31, 33, 35];

    private sealed record Param(string Code, string Label);

    private static readonly Param[] Params =
    [
        new("BASDAI01", "BASDAI Q1 Fatigue (NRS 0-10)"),
        new("BASDAI02", "BASDAI Q2 Spinal pain (NRS 0-10)"),
        new("BASDAI03", "BASDAI Q3 Peripheral joint pain/swelling (NRS 0-10)"),
        new("BASDAI04", "BASDAI Q4 Enthesitis (NRS 0-10)"),
        new("BASDAI05", "BASDAI Q5 Morning stiffness severity (NRS 0-10)"),
        new("BASDAI06", "BASDAI Q6 Morning stiffness duration (NRS 0-10)"),
        new("BASFI01", "BASFI 1 Putting on socks (NRS 0-10)"),
        new("BASFI02", "BASFI 2 Picking up a pen from the floor (NRS 0-10)"),
        new("BASFI03", "BASFI 3 Reaching up to a high shelf (NRS 0-10)"),
        new("BASFI04", "BASFI 4 Getting up from a chair (NRS 0-10)"),
        new("BASFI05", "BASFI 5 Getting up from the floor (NRS 0-10)"),
        new("BASFI06", "BASFI 6 Standing unsupported for 10 minutes (NRS 0-10)"),
        new("BASFI07", "BASFI 7 Climbing 12-15 steps (NRS 0-10)"),
        new("BASFI08", "BASFI 8 Looking over the shoulder (NRS 0-10)"),
        new("BASFI09", "BASFI 9 Physically demanding activities (NRS 0-10)"),
        new("BASFI10", "BASFI 10 Full day's activities (NRS 0-10)"),
        new("PTGLOBAL", "Patient global assessment of disease activity (NRS 0-10)"),
        new("TOTBPAIN", "Total back pain (NRS 0-10)"),
        new("NOCBPAIN", "Nocturnal back pain (NRS 0-10)"),
        new("CRP", "C-reactive protein (mg/L)"),
        new("ESR", "Erythrocyte sedimentation rate (mm/h)"),
        new("LATFLEX", "Lateral spinal flexion, mean of left and right (cm)"),
    ];

    private const int FirstLabParam = 19; // CRP, ESR, LATFLEX follow the 19 rating scales

    private sealed record AeTerm(string Soc, string Pt, double PEtanercept, double PMsc, string[] Relationship, double PSerious, string Timing = "any");

    private const string Infections = "Infections and infestations";
    private const string General = "General disorders and administration site conditions";

    private static readonly AeTerm[] AeTerms =
    [
        new(Infections, "Upper respiratory tract infection", 0.20, 0.14, ["POSSIBLE", "UNLIKELY", "NOT RELATED"], 0),
        new(Infections, "Nasopharyngitis", 0.14, 0.12, ["UNLIKELY", "NOT RELATED"], 0),
        new(Infections, "Urinary tract infection", 0.04, 0.03, ["UNLIKELY", "NOT RELATED"], 0),
        new(Infections, "Pneumonia", 0.03, 0.01, ["POSSIBLE", "PROBABLE"], 1.0),
        new(Infections, "Herpes zoster", 0.02, 0.01, ["POSSIBLE"], 0.3),
        new(General, "Injection site reaction", 0.18, 0, ["RELATED"], 0, "injection"),
        new(General, "Infusion site reaction", 0, 0.10, ["RELATED"], 0, "infusion"),
        new(General, "Pyrexia", 0.03, 0.15, ["PROBABLE", "POSSIBLE"], 0),
        new(General, "Fatigue", 0.05, 0.08, ["POSSIBLE", "UNLIKELY"], 0),
        new("Injury, poisoning and procedural complications", "Infusion related reaction", 0, 0.06, ["RELATED"], 0.1, "infusion"),
        new("Nervous system disorders", "Headache", 0.10, 0.12, ["POSSIBLE", "UNLIKELY", "NOT RELATED"], 0),
        new("Nervous system disorders", "Dizziness", 0.03, 0.04, ["POSSIBLE", "NOT RELATED"], 0),
        new("Gastrointestinal disorders", "Nausea", 0.04, 0.05, ["POSSIBLE", "UNLIKELY"], 0),
        new("Gastrointestinal disorders", "Diarrhoea", 0.04, 0.03, ["UNLIKELY", "NOT RELATED"], 0),
        new("Musculoskeletal and connective tissue disorders", "Arthralgia", 0.05, 0.06, ["NOT RELATED", "UNLIKELY"], 0),
        new("Musculoskeletal and connective tissue disorders", "Back pain", 0.04, 0.06, ["NOT RELATED"], 0),
        new("Skin and subcutaneous tissue disorders", "Rash", 0.04, 0.03, ["POSSIBLE", "PROBABLE"], 0),
        new("Investigations", "Alanine aminotransferase increased", 0.04, 0.02, ["POSSIBLE", "PROBABLE"], 0),
        new("Eye disorders", "Uveitis", 0.02, 0.04, ["UNLIKELY", "NOT RELATED"], 0.2),
        new("Blood and lymphatic system disorders", "Neutropenia", 0.02, 0, ["PROBABLE"], 0),
        new("Vascular disorders", "Hypertension", 0.02, 0.02, ["NOT RELATED"], 0),
    ];

    private static readonly AeTerm[] PreTreatmentTerms =
    [
        new(Infections, "Nasopharyngitis", 1, 1, ["NOT RELATED"], 0),
        new("Nervous system disorders", "Headache", 1, 1, ["NOT RELATED"], 0),
        new("Musculoskeletal and connective tissue disorders", "Back pain", 1, 1, ["NOT RELATED"], 0),
    ];

    /// <summary>Writes <c>adsl.csv</c>, <c>adeff.csv</c>, <c>adae.csv</c> and <c>adex.csv</c> (UTF-8, LF line ends) into <paramref name="folder"/>, creating it.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="options">Seed and size.</param>
    /// <returns>Rows written per file.</returns>
    public static SyntheticTrialCounts Generate(string folder, SyntheticTrialOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        StreamWriter Open(string name) => new(Path.Combine(folder, name), append: false, utf8, bufferSize: 1 << 16) { NewLine = "\n" };
        using var adsl = Open("adsl.csv");
        using var adeff = Open("adeff.csv");
        using var adae = Open("adae.csv");
        using var adex = Open("adex.csv");
        return Generate(adsl, adeff, adae, adex, options);
    }

    /// <summary>Writes the four CSV files to text writers (lines end with <c>\n</c>).</summary>
    /// <param name="adsl">Subject-level output.</param>
    /// <param name="adeff">Efficacy output.</param>
    /// <param name="adae">Adverse-event output.</param>
    /// <param name="adex">Exposure output.</param>
    /// <param name="options">Seed and size.</param>
    /// <returns>Rows written per file.</returns>
    public static SyntheticTrialCounts Generate(TextWriter adsl, TextWriter adeff, TextWriter adae, TextWriter adex, SyntheticTrialOptions options)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        ArgumentNullException.ThrowIfNull(adeff);
        ArgumentNullException.ThrowIfNull(adae);
        ArgumentNullException.ThrowIfNull(adex);
        ArgumentNullException.ThrowIfNull(options);

        adsl.Write("USUBJID,SITEID,TRT01P,TRT01A,RANDDT,ITTFL,SAFFL,PPROTFL,TRTSDT,TRTEDT,AGE,SEX,HLAB27,STRAT1,EOSSTT,DCSREAS,EOSDT\n");
        adeff.Write("USUBJID,PARAMCD,PARAM,AVISITN,AVISIT,ADY,ADT,AVAL\n");
        adae.Write("USUBJID,AESEQ,AEBODSYS,AEDECOD,ASTDT,AENDT,AESEV,AESER,AEREL,AEACN,AEOUT,TRTEMFL\n");
        adex.Write("USUBJID,EXSEQ,EXTRT,EXDOSE,EXDOSU,ASTDT\n");

        var total = 2 * options.SubjectsPerArm;
        var width = Math.Max(4, total.ToString(Inv).Length);
        var allocation = new DeterministicRandom(options.Seed, stream: -1);
        var block = new List<bool>(4); // true = MSC
        int mscSoFar = 0, etnSoFar = 0;
        List<bool> mscResponders = [], etnResponders = [];
        long nEff = 0, nAe = 0, nEx = 0;
        var sb = new StringBuilder(256);
        for (var i = 0; i < total; i++)
        {
            if (block.Count == 0)
            {
                // Permuted blocks of four (two per arm); a final block of two when the total is not a multiple of four.
                var size = Math.Min(4, total - i);
                for (var k = 0; k < size; k++) block.Add(k < size / 2);
                for (var k = size - 1; k > 0; k--)
                {
                    var j = allocation.Next(k + 1);
                    (block[k], block[j]) = (block[j], block[k]);
                }
            }
            var msc = block[^1];
            block.RemoveAt(block.Count - 1);
            var armIndex = msc ? mscSoFar++ : etnSoFar++;
            var responders = msc ? mscResponders : etnResponders;
            if (responders.Count == 0)
            {
                // Latent responders in shuffled blocks of 20 per arm (MSC 10, Etanercept 14): the expected response
                // rates show even in a small sample; visits, missing data and dropouts still vary freely.
                for (var k = 0; k < 20; k++) responders.Add(k < (msc ? 10 : 14));
                for (var k = 19; k > 0; k--)
                {
                    var j = allocation.Next(k + 1);
                    (responders[k], responders[j]) = (responders[j], responders[k]);
                }
            }
            var responder = responders[^1];
            responders.RemoveAt(responders.Count - 1);
            var rng = new DeterministicRandom(options.Seed, stream: i);
            var s = new SubjectSim(i, total, width, msc, armIndex, responder, rng);
            nEff += s.WriteAssessments(adeff, sb);
            nAe += s.WriteAdverseEvents(adae, sb);
            nEx += s.WriteExposure(adex, sb);
            s.WriteSubject(adsl, sb);
        }
        return new SyntheticTrialCounts(total, nEff, nAe, nEx);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static string Tenths(double x) => (Math.Round(x * 10, MidpointRounding.AwayFromZero) / 10).ToString("0.0", Inv);

    private static double Clip(double x, double lo, double hi) => x < lo ? lo : x > hi ? hi : x;

    private static void Field(StringBuilder sb, string? value, bool last = false)
    {
        if (value is not null)
        {
            if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0) sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
            else sb.Append(value);
        }
        sb.Append(last ? '\n' : ',');
    }

    private sealed class SubjectSim
    {
        private static readonly string[] Sites = ["101", "102", "103"];
        private static readonly string[] WithdrawalTerms = ["Rash", "Alanine aminotransferase increased", "Pneumonia", "Herpes zoster"];
        private readonly DeterministicRandom _rng;
        private readonly DateOnly[] _visitDates = new DateOnly[VisitWeeks.Count];
        private readonly string _id;
        private readonly string _site;
        private readonly bool _msc;
        private readonly DateOnly _randomized;
        private readonly DateOnly? _start;
        private readonly bool _neverTreated;
        private readonly int _dropIndex; // first visit index not attended; VisitWeeks.Count when completed
        private readonly string? _dropReason;
        private readonly DateOnly _lastContact;
        private readonly double[] _baseline = new double[Params.Length];
        private readonly double _depth;
        private readonly double _fade;
        private readonly List<DateOnly> _doses = [];
        private readonly List<(DateOnly Date, AeTerm Term, bool Withdrawal)> _events = [];
        private readonly bool _deviation;
        private readonly int _age;
        private readonly string _sex;
        private readonly string _hla;

        public SubjectSim(int index, int total, int width, bool msc, int armIndex, bool responder, DeterministicRandom rng)
        {
            _rng = rng;
            _msc = msc;
            _site = Sites[rng.Pick([0.40, 0.35, 0.25])];
            _id = "MSCAS-" + _site + "-" + (index + 1).ToString("D" + width.ToString(Inv), Inv);
            _randomized = EnrolmentStart.AddDays((int)((long)index * EnrolmentDays / total) + rng.Between(0, 6));
            _age = (int)Clip(Math.Round(34 + 9 * rng.Normal()), 18, 65);
            _sex = rng.Chance(0.75) ? "M" : "F";
            _hla = rng.Chance(0.86) ? "POSITIVE" : "NEGATIVE";

            // Designated cases so that even the small sample shows them: the 4th MSC subject is randomized but never
            // treated; the 5th Etanercept subject withdraws after week 8 because of an adverse event.
            _neverTreated = (msc && armIndex == 3) || rng.Chance(0.003);
            var forcedWithdrawal = !msc && armIndex == 4 && !_neverTreated;
            _start = _neverTreated ? null : _randomized.AddDays(rng.Between(1, 7));
            for (var v = 0; v < _visitDates.Length; v++)
                _visitDates[v] = (_start ?? _randomized).AddDays(7 * VisitWeeks[v] + (v == 0 ? 0 : rng.Between(-3, 3)));

            // Baseline disease activity.
            var a = Clip(6.4 + 1.1 * rng.Normal(), 3.5, 9.6);
            double[] basdaiOffset = [0.0, 0.3, -1.6, -0.8, 0.3, -0.4];
            for (var k = 0; k < 6; k++) _baseline[k] = Clip(a + basdaiOffset[k] + 0.9 * rng.Normal(), 0, 10);
            var function = a - 0.9 + 1.1 * rng.Normal();
            double[] basfiOffset = [0.2, -0.3, 0.1, -0.6, 0.6, -0.2, -0.4, 0.3, 0.9, 0.5];
            for (var k = 0; k < 10; k++) _baseline[6 + k] = Clip(function + basfiOffset[k] + 0.9 * rng.Normal(), 0, 10);
            _baseline[16] = Clip(a + 0.2 + 0.8 * rng.Normal(), 0, 10);  // PTGLOBAL
            _baseline[17] = Clip(a + 0.4 + 0.8 * rng.Normal(), 0, 10);  // TOTBPAIN
            _baseline[18] = Clip(a - 0.2 + 1.0 * rng.Normal(), 0, 10);  // NOCBPAIN
            _baseline[19] = Clip(12.0 * DeterministicRandom.Exp(0.85 * rng.Normal()), 0.2, 150); // CRP, log-normal, median 12 mg/L
            _baseline[20] = Clip(Math.Round(10 + 0.9 * _baseline[19] + 8 * rng.Normal()), 2, 120); // ESR
            _baseline[21] = Clip(11.0 - 0.4 * (a - 6) + 3.0 * rng.Normal(), 2, 22); // LATFLEX, cm

            // Response depth: responders improve by about half, non-responders hardly.
            _depth = responder ? Clip(0.52 + 0.15 * rng.Normal(), 0.2, 0.9) : Clip(0.06 + 0.10 * rng.Normal(), -0.2, 0.25);
            _fade = msc ? Clip(1 + 0.25 * rng.Normal(), 0.4, 1.4) : 1;

            // Dropout: about 10% (Etanercept) and 14% (MSC), more often among non-responders.
            var drop = forcedWithdrawal || rng.Chance((msc ? 0.11 : 0.08) + (responder ? 0 : 0.06));
            _dropIndex = VisitWeeks.Count;
            if (_neverTreated)
            {
                _dropIndex = 1;
                _dropReason = "WITHDRAWAL BY SUBJECT";
            }
            else if (drop)
            {
                _dropIndex = forcedWithdrawal ? 4 : 1 + rng.Pick([0.10, 0.12, 0.14, 0.15, 0.17, 0.16, 0.16]);
                _dropReason = forcedWithdrawal ? "ADVERSE EVENT"
                    : ((string[])["ADVERSE EVENT", "LACK OF EFFICACY", "WITHDRAWAL BY SUBJECT", "LOST TO FOLLOW-UP"])[
                        rng.Pick(responder ? [0.25, 0.05, 0.45, 0.25] : [0.20, 0.50, 0.20, 0.10])];
            }
            _deviation = rng.Chance(0.05);

            if (_start is not DateOnly start)
            {
                _lastContact = _randomized.AddDays(rng.Between(7, 21));
                return;
            }
            var completed = _dropIndex == VisitWeeks.Count;
            _lastContact = completed
                ? VisitDate(VisitWeeks.Count - 1)
                : VisitDate(_dropIndex - 1).AddDays(rng.Between(3, 7 * (VisitWeeks[_dropIndex] - VisitWeeks[_dropIndex - 1]) - 3));

            // Exposure up to the last contact.
            var weeks = msc ? MscInfusionWeeks : Enumerable.Range(0, 48).ToArray();
            foreach (var w in weeks)
            {
                var day = start.AddDays(7 * w + (w == 0 ? 0 : rng.Between(-1, 1)));
                if (day > _lastContact) break;
                if (w > 0 && rng.Chance(msc ? 0.02 : 0.03)) continue; // missed administration
                _doses.Add(day);
            }
            if (_dropReason == "ADVERSE EVENT")
            {
                // The event that led to withdrawal starts a few days after the last administration.
                var name = forcedWithdrawal ? "Pneumonia" : WithdrawalTerms[rng.Next(WithdrawalTerms.Length)];
                var term = AeTerms.First(t => t.Pt == name);
                var onset = _doses[^1].AddDays(rng.Between(1, 4));
                if (onset > _lastContact) onset = _lastContact;
                _events.Add((onset, term, true));
            }
            if (rng.Chance(0.08))
            {
                var term = PreTreatmentTerms[rng.Next(PreTreatmentTerms.Length)];
                _events.Add((start.AddDays(-rng.Between(2, 14)), term, false));
            }
            var onTreatmentDays = _lastContact.DayNumber - start.DayNumber;
            foreach (var term in AeTerms)
            {
                if (_events.Any(e => e.Withdrawal && e.Term == term)) continue;
                var p = (msc ? term.PMsc : term.PEtanercept) * Math.Min(1.0, onTreatmentDays / 336.0 + 0.3);
                for (var episode = 0; episode < 2 && rng.Chance(episode == 0 ? p : p / 3); episode++)
                {
                    DateOnly onset;
                    if (term.Timing is "infusion" or "injection")
                    {
                        if ((term.Timing == "infusion") != msc || _doses.Count == 0) continue;
                        onset = _doses[rng.Next(_doses.Count)].AddDays(rng.Between(0, 1));
                    }
                    else onset = start.AddDays(rng.Between(1, Math.Max(1, onTreatmentDays)));
                    _events.Add((onset, term, false));
                }
            }
            _events.Sort((x, y) => x.Date.CompareTo(y.Date));
        }

        private DateOnly VisitDate(int visitIndex) => _visitDates[visitIndex];

        public void WriteSubject(TextWriter w, StringBuilder sb)
        {
            sb.Clear();
            var arm = _msc ? MscArm : EtanerceptArm;
            Field(sb, _id);
            Field(sb, _site);
            Field(sb, arm);
            Field(sb, _neverTreated ? null : arm);
            Field(sb, Date(_randomized));
            Field(sb, "Y");
            Field(sb, _neverTreated ? "N" : "Y");
            Field(sb, _neverTreated || _deviation || _dropIndex <= 4 ? "N" : "Y");
            Field(sb, _start is DateOnly s ? Date(s) : null);
            Field(sb, _doses.Count > 0 ? Date(_doses[^1]) : null);
            Field(sb, _age.ToString(Inv));
            Field(sb, _sex);
            Field(sb, _hla);
            Field(sb, _baseline[19] >= 10 ? "CRP >= 10 mg/L" : "CRP < 10 mg/L");
            Field(sb, _dropReason is null ? "COMPLETED" : "DISCONTINUED");
            Field(sb, _dropReason);
            Field(sb, Date(_lastContact), last: true);
            w.Write(sb);
        }

        public long WriteAssessments(TextWriter w, StringBuilder sb)
        {
            long rows = 0;
            var profile = _msc ? MscProfile : EtanerceptProfile;
            var attended = _neverTreated ? 1 : _dropIndex;
            for (var v = 0; v < attended; v++)
            {
                var week = VisitWeeks[v];
                if (v > 0 && _rng.Chance(0.025)) continue; // missed visit
                var g = profile[v] * (_msc && week >= 24 ? _fade : 1);
                var effect = _depth * g;
                var visitNoise = v == 0 ? 0 : 0.07 * _rng.Normal(); // good and bad weeks
                var date = VisitDate(v);
                string? day = _start is DateOnly s ? (date.DayNumber - s.DayNumber + 1).ToString(Inv) : null;
                var label = VisitLabels.Default(week);
                for (var k = 0; k < Params.Length; k++)
                {
                    string? value;
                    if (v == 0)
                        value = k == 20 ? _baseline[k].ToString("0", Inv) : Tenths(_baseline[k]);
                    else if (k < FirstLabParam)
                        value = Tenths(Clip(_baseline[k] * (1 - effect * (1 + 0.2 * _rng.Normal()) + visitNoise) + 0.5 * _rng.Normal(), 0, 10));
                    else if (k == 19)
                        value = Tenths(Clip(_baseline[k] * DeterministicRandom.Exp(-(_msc ? 0.9 : 1.9) * effect + 0.3 * _rng.Normal()), 0.2, 200));
                    else if (k == 20)
                        value = Clip(Math.Round(_baseline[k] * (1 - (_msc ? 0.3 : 0.6) * effect) + 4 * _rng.Normal()), 2, 140).ToString("0", Inv);
                    else
                        value = Tenths(Clip(_baseline[k] + 2.5 * effect + 0.8 * _rng.Normal(), 1, 25));
                    // Intermittent missing values: an unanswered item, a lab sample not analysed, a measurement not done.
                    if (_rng.Chance(k < FirstLabParam ? (v == 0 ? 0.001 : 0.003) : (v == 0 ? 0.005 : 0.02))) value = null;
                    sb.Clear();
                    Field(sb, _id);
                    Field(sb, Params[k].Code);
                    Field(sb, Params[k].Label);
                    Field(sb, week.ToString(Inv));
                    Field(sb, label);
                    Field(sb, day);
                    Field(sb, Date(date));
                    Field(sb, value, last: true);
                    w.Write(sb);
                    rows++;
                }
            }
            return rows;
        }

        public long WriteAdverseEvents(TextWriter w, StringBuilder sb)
        {
            var seq = 0;
            foreach (var (date, term, withdrawal) in _events)
            {
                var pre = _start is DateOnly s && date < s;
                var serious = withdrawal && term.Pt == "Pneumonia" || _rng.Chance(term.PSerious) || _rng.Chance(0.04);
                var severity = serious || withdrawal
                    ? (_rng.Chance(0.5) ? "SEVERE" : "MODERATE")
                    : ((string[])["MILD", "MODERATE", "SEVERE"])[_rng.Pick([0.65, 0.29, 0.06])];
                var relationship = pre ? "NOT RELATED" : term.Relationship[_rng.Next(term.Relationship.Length)];
                var action = pre ? "NOT APPLICABLE"
                    : withdrawal ? "DRUG WITHDRAWN"
                    : severity != "MILD" && _rng.Chance(0.15) ? "DRUG INTERRUPTED" : "DOSE NOT CHANGED";
                var resolvedDays = _rng.Between(1, serious ? 28 : 14);
                var outcome = _rng.Chance(0.9) ? "RECOVERED/RESOLVED" : "RECOVERING/RESOLVING";
                sb.Clear();
                Field(sb, _id);
                Field(sb, (++seq).ToString(Inv));
                Field(sb, term.Soc);
                Field(sb, term.Pt);
                Field(sb, Date(date));
                Field(sb, outcome == "RECOVERED/RESOLVED" ? Date(date.AddDays(resolvedDays)) : null);
                Field(sb, severity);
                Field(sb, serious ? "Y" : "N");
                Field(sb, relationship);
                Field(sb, action);
                Field(sb, outcome);
                Field(sb, pre ? "N" : "Y", last: true);
                w.Write(sb);
            }
            return seq;
        }

        public long WriteExposure(TextWriter w, StringBuilder sb)
        {
            var seq = 0;
            foreach (var day in _doses)
            {
                sb.Clear();
                Field(sb, _id);
                Field(sb, (++seq).ToString(Inv));
                Field(sb, _msc ? "MSC" : "ETANERCEPT");
                Field(sb, _msc ? "1.0" : "50");
                Field(sb, _msc ? "10^6 cells/kg" : "mg");
                Field(sb, Date(day), last: true);
                w.Write(sb);
            }
            return seq;
        }
    }
}
