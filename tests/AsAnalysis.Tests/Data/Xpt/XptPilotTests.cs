using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>
/// The public CDISC SDTM/ADaM pilot 01 ADSL and ADAE (../shared/data/cdiscpilot01, see its README), checked against an
/// independent reader: R 4.2.2, package foreign 0.8.84, <c>foreign::read.xport</c>:
/// <code>
/// library(foreign); options(digits = 17)
/// adsl &lt;- read.xport("adsl.xpt"); adae &lt;- read.xport("adae.xpt")
/// </code>
/// R values are pasted beside each expected number.
/// </summary>
public class XptPilotTests
{
    private static XptDataset Adsl => Cache.Adsl.Value;
    private static XptDataset Adae => Cache.Adae.Value;

    private static class Cache
    {
        public static readonly Lazy<XptDataset> Adsl = new(() => XptReader.ReadFile(Path.Combine(SharedData.CdiscPilot!, "adsl.xpt")));
        public static readonly Lazy<XptDataset> Adae = new(() => XptReader.ReadFile(Path.Combine(SharedData.CdiscPilot!, "adae.xpt")));
    }

    private static double[] Numbers(XptDataset ds, string name) =>
        ds.Records.Where(r => r[name].Number is not null).Select(r => r[name].Number!.Value).ToArray();

    private static int Missing(XptDataset ds, string name) => ds.Records.Count(r => r[name].IsMissing);

    [CdiscPilotFact]
    public void AdslShape()
    {
        // R: nrow(adsl); ncol(adsl) -> 254 49 (README: 254 subjects)
        Assert.Equal(254, Adsl.Records.Count);
        Assert.Equal(49, Adsl.Variables.Count);
        Assert.Equal("adsl.xpt", Adsl.FileName);
        Assert.Equal("ADSL", Adsl.Name);
        Assert.Equal(new DateTime(2018, 5, 30, 9, 31, 18), Adsl.Created); // header: 30MAY18:09:31:18
        Assert.Equal("9.4", Adsl.SasVersion);
        var trtsdt = Adsl.Variables.Single(v => v.Name == "TRTSDT");
        Assert.Equal("Date of First Exposure to Treatment", trtsdt.Label);
        Assert.Equal("DATE9.", trtsdt.Format.ToString());
        Assert.True(trtsdt.Format.IsDate);
        Assert.Equal(11, trtsdt.Number);
        Assert.Equal(109, trtsdt.Position);
    }

    [CdiscPilotFact]
    public void AdslValuesMatchR()
    {
        var first = Adsl.Records[0];
        // R: adsl[1, c("USUBJID","TRT01P","TRT01PN","TRTSDT","TRTEDT","AGE","DCDECOD")]
        //    01-701-1015 Placebo 0 19725 19906 63 COMPLETED
        Assert.Equal("01-701-1015", first["USUBJID"].Text);
        Assert.Equal("Placebo", first["TRT01P"].Text);
        Assert.Equal(0.0, first["TRT01PN"].Number);
        Assert.Equal(19725.0, first["TRTSDT"].Number);   // R: as.Date(19725, origin = "1960-01-01") = 2014-01-02
        Assert.Equal(19906.0, first["TRTEDT"].Number);
        Assert.Equal(63.0, first["AGE"].Number);
        Assert.Equal("COMPLETED", first["DCDECOD"].Text);
        // R: sprintf("%.17g", adsl$BMIBL[1:3]) -> "25.100000000000001" "30.399999999999999" "31.399999999999999"
        Assert.Equal([25.100000000000001, 30.399999999999999, 31.399999999999999], Adsl.Records.Take(3).Select(r => r["BMIBL"].Number!.Value));
        // R: sprintf("%.17g", adsl$HEIGHTBL[1:3]) -> "147.30000000000001" "162.59999999999999" "177.80000000000001"
        Assert.Equal([147.30000000000001, 162.59999999999999, 177.80000000000001], Adsl.Records.Take(3).Select(r => r["HEIGHTBL"].Number!.Value));
        // R: sprintf("%.17g", adsl$DURDIS[1:3]) -> "43.899999999999999" "76.400000000000006" "42.799999999999997"
        Assert.Equal([43.899999999999999, 76.400000000000006, 42.799999999999997], Adsl.Records.Take(3).Select(r => r["DURDIS"].Number!.Value));
        // R: sprintf("%.17g", adsl$AVGDD[1:3]) -> "0" "0" "77.700000000000003"
        Assert.Equal([0.0, 0.0, 77.700000000000003], Adsl.Records.Take(3).Select(r => r["AVGDD"].Number!.Value));
        // R: adsl[adsl$USUBJID == "01-701-1015", c("RFSTDTC","VISIT1DT","DISONSDT","RFENDT","EDUCLVL","TRTDURD","RACE","ETHNIC")]
        //    2014-01-02 19718 18382 19906 16 182 WHITE HISPANIC OR LATINO
        Assert.Equal("2014-01-02", first["RFSTDTC"].Text);
        Assert.Equal(19718.0, first["VISIT1DT"].Number);
        Assert.Equal(18382.0, first["DISONSDT"].Number);
        Assert.Equal(16.0, first["EDUCLVL"].Number);
        Assert.Equal(182.0, first["TRTDURD"].Number);
        Assert.Equal("HISPANIC OR LATINO", first["ETHNIC"].Text);

        var last = Adsl.Records[253];
        // R: adsl[254, c(...)] -> 01-718-1427 Xanomeline High Dose 81 19344 19400 74 ... LACK OF EFFICACY
        // R: sprintf("%.17g", adsl$WEIGHTBL[254]) -> "51.700000000000003"; adsl$BMIBL[254] -> "20.5"; AVGDD 73.900000000000006; CUMDOSE 4212
        Assert.Equal("01-718-1427", last["USUBJID"].Text);
        Assert.Equal("Xanomeline High Dose", last["TRT01P"].Text);
        Assert.Equal(81.0, last["TRT01PN"].Number);
        Assert.Equal(19344.0, last["TRTSDT"].Number);
        Assert.Equal(19400.0, last["TRTEDT"].Number);
        Assert.Equal(74.0, last["AGE"].Number);
        Assert.Equal(51.700000000000003, last["WEIGHTBL"].Number);
        Assert.Equal(20.5, last["BMIBL"].Number);
        Assert.Equal(73.900000000000006, last["AVGDD"].Number);
        Assert.Equal(4212.0, last["CUMDOSE"].Number);
        Assert.Equal("LACK OF EFFICACY", last["DCDECOD"].Text);
        Assert.Equal(254, last.Number);
    }

    [CdiscPilotFact]
    public void AdslColumnSummariesMatchR()
    {
        // R: cat(sum(adsl$AGE), sum(adsl$TRTSDT), sum(adsl$TRTEDT), sum(adsl$CUMDOSE)) -> 19072 4959736 4988969 1083456
        // (integer-valued, so the double sums are exact in any order)
        Assert.Equal(19072.0, Numbers(Adsl, "AGE").Sum());
        Assert.Equal(4959736.0, Numbers(Adsl, "TRTSDT").Sum());
        Assert.Equal(4988969.0, Numbers(Adsl, "TRTEDT").Sum());
        Assert.Equal(1083456.0, Numbers(Adsl, "CUMDOSE").Sum());
        // R: sapply(adsl[sapply(adsl, is.numeric)], function(x) sum(is.na(x))) -> BMIBL 1, WEIGHTBL 1, all others 0
        Assert.Equal(1, Missing(Adsl, "BMIBL"));
        Assert.Equal(1, Missing(Adsl, "WEIGHTBL"));
        Assert.Equal(0, Missing(Adsl, "TRTEDT"));
        Assert.Equal('.', Adsl.Records.First(r => r["BMIBL"].IsMissing)["BMIBL"].MissingCode);
        // R: table(adsl$TRT01A) -> Placebo 86, Xanomeline High Dose 84, Xanomeline Low Dose 84; table(adsl$SAFFL) -> Y 254
        var arms = Adsl.Records.GroupBy(r => r["TRT01A"].Text!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(86, arms["Placebo"]);
        Assert.Equal(84, arms["Xanomeline High Dose"]);
        Assert.Equal(84, arms["Xanomeline Low Dose"]);
        Assert.All(Adsl.Records, r => Assert.Equal("Y", r["SAFFL"].Text));
    }

    [CdiscPilotFact]
    public void AdaeValuesMatchR()
    {
        // R: nrow(adae); ncol(adae) -> 1191 55 (README: 1191 AE records)
        Assert.Equal(1191, Adae.Records.Count);
        Assert.Equal(55, Adae.Variables.Count);
        // R: adae[c(1, 2, 1191), c("USUBJID","AEBODSYS","AEDECOD","ASTDT","AESEV","AESER","AEREL","AEACN","TRTEMFL","AESEQ","ASTDY","ADURN")]
        //  1    01-701-1015 GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS APPLICATION SITE ERYTHEMA 19726 MILD N PROBABLE  Y 1 2 NA
        //  1191 01-718-1427 GASTROINTESTINAL DISORDERS NAUSEA 19393 MODERATE N POSSIBLE  Y 16 50 22
        var r1 = Adae.Records[0];
        Assert.Equal("01-701-1015", r1["USUBJID"].Text);
        Assert.Equal("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", r1["AEBODSYS"].Text);
        Assert.Equal("APPLICATION SITE ERYTHEMA", r1["AEDECOD"].Text);
        Assert.Equal(19726.0, r1["ASTDT"].Number);
        Assert.Equal("MILD", r1["AESEV"].Text);
        Assert.Equal("N", r1["AESER"].Text);
        Assert.Equal("PROBABLE", r1["AEREL"].Text);
        Assert.Equal("", r1["AEACN"].Text);
        Assert.Equal("Y", r1["TRTEMFL"].Text);
        Assert.Equal(1.0, r1["AESEQ"].Number);
        Assert.Equal(2.0, r1["ASTDY"].Number);
        Assert.Equal('.', r1["ADURN"].MissingCode);
        Assert.Equal("APPLICATION SITE PRURITUS", Adae.Records[1]["AEDECOD"].Text);
        var r = Adae.Records[1190];
        Assert.Equal("01-718-1427", r["USUBJID"].Text);
        Assert.Equal("GASTROINTESTINAL DISORDERS", r["AEBODSYS"].Text);
        Assert.Equal("NAUSEA", r["AEDECOD"].Text);
        Assert.Equal(19393.0, r["ASTDT"].Number);
        Assert.Equal("MODERATE", r["AESEV"].Text);
        Assert.Equal("POSSIBLE", r["AEREL"].Text);
        Assert.Equal(16.0, r["AESEQ"].Number);
        Assert.Equal(50.0, r["ASTDY"].Number);
        Assert.Equal(22.0, r["ADURN"].Number);
    }

    [CdiscPilotFact]
    public void AdaeColumnSummariesMatchR()
    {
        // R: sum(adae$ASTDT, na.rm = TRUE); sum(is.na(adae$ASTDT)); sum(is.na(adae$ADURN)); sum(is.na(adae$AENDT))
        //    -> 23066826 11 477 473
        Assert.Equal(23066826.0, Numbers(Adae, "ASTDT").Sum());
        Assert.Equal(11, Missing(Adae, "ASTDT"));
        Assert.Equal(477, Missing(Adae, "ADURN"));
        Assert.Equal(473, Missing(Adae, "AENDT"));
        // R: which(is.na(adae$ASTDT)) -> 43 82 203 205 253 286 289 295 745 746 1159
        Assert.Equal([43L, 82, 203, 205, 253, 286, 289, 295, 745, 746, 1159], Adae.Records.Where(x => x["ASTDT"].IsMissing).Select(x => x.Number));
        // R: all 1191 of AELLTCD, AEPTCD, AEHLTCD, AEHLGTCD, AESOCCD are NA; AESEQ has none
        Assert.Equal(1191, Missing(Adae, "AEPTCD"));
        Assert.Equal(0, Missing(Adae, "AESEQ"));
        // R: length(unique(adae$AEDECOD)); length(unique(adae$AEBODSYS)) -> 242 23
        Assert.Equal(242, Adae.Records.Select(x => x["AEDECOD"].Text).Distinct().Count());
        Assert.Equal(23, Adae.Records.Select(x => x["AEBODSYS"].Text).Distinct().Count());
        // R: table(adae$AESEV) -> MILD 770, MODERATE 378, SEVERE 43; table(adae$AESER) -> N 1188, Y 3
        // R: table(adae$TRTEMFL) -> "" 65, Y 1126; table(adae$AEREL) -> "" 4, NONE 322, POSSIBLE 343, PROBABLE 361, REMOTE 161
        int Count(string name, string value) => Adae.Records.Count(x => x[name].Text == value);
        Assert.Equal((770, 378, 43), (Count("AESEV", "MILD"), Count("AESEV", "MODERATE"), Count("AESEV", "SEVERE")));
        Assert.Equal((1188, 3), (Count("AESER", "N"), Count("AESER", "Y")));
        Assert.Equal((65, 1126), (Count("TRTEMFL", ""), Count("TRTEMFL", "Y")));
        Assert.Equal((4, 322, 343, 361, 161), (Count("AEREL", ""), Count("AEREL", "NONE"), Count("AEREL", "POSSIBLE"), Count("AEREL", "PROBABLE"), Count("AEREL", "REMOTE")));
        Assert.Equal(1191, Count("AEACN", ""));
    }
}
