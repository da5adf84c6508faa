using AsAnalysis.Statistics;


namespace AsAnalysis.Tests.Statistics;

/// <summary>
/// <see cref="NonInferiority.Test"/> and <see cref="NonInferiority.Equivalence"/> against an independent R 4.2.2
/// implementation (Statistics/Reference/noninferiority-reference.R: restricted MLEs by numerical maximisation of the
/// likelihood, intervals by uniroot); the printed line is pasted beside each value. Tolerance 1e-8 (iterative).
/// </summary>
public class NonInferiorityTests
{
    private const double Tol = TableAssert.Iterative;
    private static readonly NonInferiorityOptions Ratio = new() { Scale = EffectScale.Ratio };

    private static void Check(NonInferiorityResult r, double z, double p, double lower, double upper)
    {
        TableAssert.Close(z, r.Statistic, Tol, "z");
        TableAssert.Close(p, r.PValue, Tol, "p");
        TableAssert.Close(lower, r.Ci.Lower, Tol, "lower");
        TableAssert.Close(upper, r.Ci.Upper, Tol, "upper");
        Assert.Equal(0.95, r.Ci.Level, 12);
    }

    [Fact]
    public void DifferenceFarringtonManningAndMiettinenNurminenMatchR()
    {
        var t = new TwoByTwoTable(56, 70, 48, 80);
        // show(56, 70, 48, 80, -0.10, "diff"): FM z 3.9342060745145941, p 4.1736072693261812e-05, ci 0.053333849291325168 0.33772946374114138
        var fm = NonInferiority.Test(t, -0.10, NonInferiorityMethod.FarringtonManning);
        Check(fm, 3.9342060745145941, 4.1736072693261812e-05, 0.053333849291325168, 0.33772946374114138);
        Assert.Equal(NonInferiorityCiMethod.Mee, fm.CiMethod);
        Assert.True(fm.Noninferior);
        // MN z 3.9210701244051411, p 4.4078300893301798e-05, ci 0.052829713245844699 0.33817294001586840
        // (the interval is Newcombe 1998's published MN interval 0.0528 to 0.3382)
        var mn = NonInferiority.Test(t, -0.10);
        Check(mn, 3.9210701244051411, 4.4078300893301798e-05, 0.052829713245844699, 0.33817294001586840);
        Assert.Equal("miettinen_nurminen", mn.MethodCode);
        Assert.Equal("miettinen_nurminen", mn.CiMethodCode);
        Assert.Equal(0.2, mn.Estimate, 14);
    }

    [Fact]
    public void TrialSizedTableIsNotNoninferiorAtTenPoints()
    {
        var t = new TwoByTwoTable(24, 30, 26, 30);
        // show(24, 30, 26, 30, -0.10, "diff"): FM z 0.34626403057341004 p 0.36457214896925039 ci -0.26372725350837822 0.13019262369868645
        var fm = NonInferiority.Test(t, -0.10, NonInferiorityMethod.FarringtonManning);
        Check(fm, 0.34626403057341004, 0.36457214896925039, -0.26372725350837822, 0.13019262369868645);
        Assert.False(fm.Noninferior);
        // MN z 0.34336637268054421 p 0.36566142707055094 ci -0.26546690560323133 0.13198565946856664
        Check(NonInferiority.Test(t, -0.10), 0.34336637268054421, 0.36566142707055094, -0.26546690560323133, 0.13198565946856664);
        // show(24, 30, 26, 30, -0.20, "diff"): MN z 1.337243057926200018 p 0.090571655596359171
        var wide = NonInferiority.Test(t, -0.20);
        TableAssert.Close(1.337243057926200018, wide.Statistic, Tol, "z at -0.2");
        TableAssert.Close(0.090571655596359171, wide.PValue, Tol, "p at -0.2");
        Assert.False(wide.Noninferior); // lower limit -0.2655 is below -0.20
    }

    [Fact]
    public void AllRespondersInTheTreatmentArm()
    {
        // show(30, 30, 28, 30, -0.10, "diff"): FM z 2.3994117275008477463 p 0.0082107193144608411 ci -0.0507323745467198745 0.2132345836261691496
        var fm = NonInferiority.Test(new TwoByTwoTable(30, 30, 28, 30), -0.10, NonInferiorityMethod.FarringtonManning);
        Check(fm, 2.3994117275008477463, 0.0082107193144608411, -0.0507323745467198745, 0.2132345836261691496);
        Assert.True(fm.Noninferior);
        // MN z 2.3793326152727769518 p 0.0086720090067010664 ci -0.0524966232765925536 0.2148872063087036710
        Check(NonInferiority.Test(new TwoByTwoTable(30, 30, 28, 30), -0.10), 2.3793326152727769518, 0.0086720090067010664, -0.0524966232765925536, 0.2148872063087036710);
    }

    [Fact]
    public void LowerIsBetterUsesTheUpperSide()
    {
        var options = new NonInferiorityOptions { Better = BetterDirection.Lower };
        // show(5, 30, 3, 30, 0.10, "diff", better = "lower"): FM z -0.37773010151152070 p 0.35281555193221809 ci -0.11694889843593995 0.25352659928783905
        var fm = NonInferiority.Test(new TwoByTwoTable(5, 30, 3, 30), 0.10, NonInferiorityMethod.FarringtonManning, options);
        Check(fm, -0.37773010151152070, 0.35281555193221809, -0.11694889843593995, 0.25352659928783905);
        Assert.False(fm.Noninferior);
        // MN z -0.37456912458820202 p 0.35399046948401125 ci -0.11869844719933549 0.25524160575326466
        Check(NonInferiority.Test(new TwoByTwoTable(5, 30, 3, 30), 0.10, NonInferiorityMethod.MiettinenNurminen, options),
            -0.37456912458820202, 0.35399046948401125, -0.11869844719933549, 0.25524160575326466);
    }

    [Fact]
    public void RatioScaleMatchesR()
    {
        var t = new TwoByTwoTable(24, 30, 26, 30);
        // show(24, 30, 26, 30, 0.80, "ratio"): FM z 1.14153261143600671 p 0.12682417452144135 ci 0.70781130182635488 1.18005480457303435
        var fm = NonInferiority.Test(t, 0.8, NonInferiorityMethod.FarringtonManning, Ratio);
        Check(fm, 1.14153261143600671, 0.12682417452144135, 0.70781130182635488, 1.18005480457303435);
        Assert.Equal(NonInferiorityCiMethod.Koopman, fm.CiMethod);
        Assert.Equal(24.0 / 26, fm.Estimate, 14);
        // MN z 1.13197986933913453 p 0.12882144891259967 ci 0.70592941909799023 1.18294824178593672 (= RiskRatio score interval)
        var mn = NonInferiority.Test(t, 0.8, NonInferiorityMethod.MiettinenNurminen, Ratio);
        Check(mn, 1.13197986933913453, 0.12882144891259967, 0.70592941909799023, 1.18294824178593672);
        // show(5, 30, 3, 30, 2.0, "ratio", better = "lower"): FM z -0.26676037309958045 p 0.39482683329396923 ci 0.47991876849891874 5.92116671262615579
        var lower = NonInferiority.Test(new TwoByTwoTable(5, 30, 3, 30), 2.0, NonInferiorityMethod.FarringtonManning, Ratio with { Better = BetterDirection.Lower });
        Check(lower, -0.26676037309958045, 0.39482683329396923, 0.47991876849891874, 5.92116671262615579);
        // MN z -0.26452802947631765 p 0.39568653469228521 ci 0.47548371069287793 5.97781279150596223
        Check(NonInferiority.Test(new TwoByTwoTable(5, 30, 3, 30), 2.0, NonInferiorityMethod.MiettinenNurminen, Ratio with { Better = BetterDirection.Lower }),
            -0.26452802947631765, 0.39568653469228521, 0.47548371069287793, 5.97781279150596223);
    }

    [Fact]
    public void EquivalenceIsTwoOneSidedTests()
    {
        var t = new TwoByTwoTable(24, 30, 26, 30);
        var e = NonInferiority.Equivalence(t, -0.20, 0.20);
        // show(24, 30, 26, 30, -0.20, "diff") MN p 0.090571655596359171; show(24, 30, 26, 30, 0.20, "diff", better = "lower") MN p 0.0050578429065835486
        TableAssert.Close(0.090571655596359171, e.Lower.PValue, Tol, "lower p");
        TableAssert.Close(0.0050578429065835486, e.Upper.PValue, Tol, "upper p");
        TableAssert.Close(-2.5718494899210355698, e.Upper.Statistic, Tol, "upper z");
        TableAssert.Close(0.090571655596359171, e.PValue, Tol, "TOST p = max");
        Assert.False(e.Equivalent);
        Assert.Equal(-0.2, e.LowerMargin);
        Assert.Equal(0.2, e.UpperMargin);
        var wide = NonInferiority.Equivalence(t, -0.30, 0.30);
        Assert.True(wide.Equivalent);
        Assert.True(wide.PValue < 0.025);
        // The decision is the interval inside the margins.
        Assert.True(wide.Ci.Lower > -0.30 && wide.Ci.Upper < 0.30);
        var fm = NonInferiority.Equivalence(t, -0.2, 0.2, NonInferiorityMethod.FarringtonManning);
        TableAssert.Close(0.0047494914611576813, fm.Upper.PValue, Tol, "FM upper p");
    }

    [Fact]
    public void DecisionAgreesWithThePValueOnEveryTableUpToTwelve()
    {
        foreach (var method in Enum.GetValues<NonInferiorityMethod>())
            for (int n1 = 1; n1 <= 12; n1 += 3)
                for (int n2 = 1; n2 <= 12; n2 += 4)
                    for (int x1 = 0; x1 <= n1; x1++)
                        for (int x2 = 0; x2 <= n2; x2++)
                        {
                            var r = NonInferiority.Test(new TwoByTwoTable(x1, n1, x2, n2), -0.15, method);
                            Assert.Equal(r.PValue < 0.025, r.Noninferior);
                        }
    }

    [Fact]
    public void EdgesGiveNaNOrAnswersNotExceptions()
    {
        var empty = NonInferiority.Test(new TwoByTwoTable(0, 0, 5, 10), -0.1);
        Assert.True(double.IsNaN(empty.Estimate) && double.IsNaN(empty.Statistic) && double.IsNaN(empty.PValue) && double.IsNaN(empty.Ci.Lower));
        Assert.Null(empty.Noninferior);
        Assert.Null(NonInferiority.Equivalence(new TwoByTwoTable(3, 10, 0, 0), -0.1, 0.1).Equivalent);
        var zeros = NonInferiority.Test(new TwoByTwoTable(0, 30, 0, 30), -0.1);
        Assert.Equal(0.0, zeros.Estimate);
        Assert.True(zeros.Statistic > 0 && zeros.PValue < 0.5 && zeros.Noninferior is not null);
        var all = NonInferiority.Test(new TwoByTwoTable(30, 30, 30, 30), -0.1);
        Assert.True(all.Statistic > 0 && all.Ci.Upper <= 1);
        var noEvents = NonInferiority.Test(new TwoByTwoTable(0, 30, 0, 30), 0.8, options: Ratio);
        Assert.True(double.IsNaN(noEvents.Estimate) && noEvents.Noninferior is null);
        var controlZero = NonInferiority.Test(new TwoByTwoTable(4, 30, 0, 30), 0.8, NonInferiorityMethod.FarringtonManning, Ratio);
        Assert.Equal(double.PositiveInfinity, controlZero.Estimate);
        Assert.Equal(double.PositiveInfinity, controlZero.Ci.Upper);
        Assert.True(controlZero.Ci.Lower > 0);
        var treatmentZero = NonInferiority.Test(new TwoByTwoTable(0, 30, 4, 30), 0.8, NonInferiorityMethod.FarringtonManning, Ratio);
        Assert.Equal(0.0, treatmentZero.Ci.Lower);
        Assert.False(treatmentZero.Noninferior);
    }

    [Theory]
    [InlineData(0.10, EffectScale.Difference, BetterDirection.Higher, "must lie in (-1, 0)")]
    [InlineData(0.0, EffectScale.Difference, BetterDirection.Higher, "must lie in (-1, 0)")]
    [InlineData(-1.0, EffectScale.Difference, BetterDirection.Higher, "must lie in (-1, 0)")]
    [InlineData(-0.10, EffectScale.Difference, BetterDirection.Lower, "must lie in (0, 1)")]
    [InlineData(1.25, EffectScale.Ratio, BetterDirection.Higher, "must lie in (0, 1)")]
    [InlineData(-0.1, EffectScale.Ratio, BetterDirection.Higher, "must lie in (0, 1)")]
    [InlineData(0.8, EffectScale.Ratio, BetterDirection.Lower, "must be above 1")]
    [InlineData(double.NaN, EffectScale.Difference, BetterDirection.Higher, "finite")]
    public void MarginOfTheWrongSignIsAClearError(double margin, EffectScale scale, BetterDirection better, string words)
    {
        var e = Assert.Throws<ArgumentException>(() => NonInferiority.Test(new TwoByTwoTable(5, 10, 5, 10), margin, options: new NonInferiorityOptions { Scale = scale, Better = better }));
        Assert.Equal("margin", e.ParamName);
        Assert.Contains(words, e.Message);
    }

    [Fact]
    public void IllegalArgumentsThrowNamingTheParameter()
    {
        var t = new TwoByTwoTable(5, 10, 5, 10);
        Assert.Equal("lowerMargin", Assert.Throws<ArgumentException>(() => NonInferiority.Equivalence(t, 0.1, 0.2)).ParamName);
        Assert.Equal("upperMargin", Assert.Throws<ArgumentException>(() => NonInferiority.Equivalence(t, -0.1, -0.05)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiority.Test(t, -0.1, (NonInferiorityMethod)7)).ParamName);
        Assert.Equal("Alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new NonInferiorityOptions { Alpha = 0.5 }).ParamName);
        Assert.Equal("Scale", Assert.Throws<ArgumentOutOfRangeException>(() => new NonInferiorityOptions { Scale = (EffectScale)3 }).ParamName);
        Assert.Throws<ArgumentNullException>(() => NonInferiority.Test(null!, -0.1));
    }

    [Fact]
    public void AlphaSetsTheIntervalLevel()
    {
        var r = NonInferiority.Test(new TwoByTwoTable(24, 30, 26, 30), -0.1, options: new NonInferiorityOptions { Alpha = 0.05 });
        Assert.Equal(0.90, r.Ci.Level, 12);
        var direct = ProportionDifference.Estimate(new TwoByTwoTable(24, 30, 26, 30), DifferenceCiMethod.MiettinenNurminen, 0.90).Ci;
        Assert.Equal(direct, r.Ci);
    }

    [Fact]
    public void EnumNamesCoverEveryMember()
    {
        foreach (var m in Enum.GetValues<NonInferiorityMethod>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        foreach (var m in Enum.GetValues<NonInferiorityCiMethod>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        foreach (var m in Enum.GetValues<EffectScale>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        foreach (var m in Enum.GetValues<BetterDirection>()) Assert.All(new[] { m.Code(), m.ShortLabel(), m.Label() }, s => Assert.False(string.IsNullOrEmpty(s)));
        Assert.Equal(["farrington_manning", "miettinen_nurminen"], Enum.GetValues<NonInferiorityMethod>().Select(m => m.Code()));
    }
}
