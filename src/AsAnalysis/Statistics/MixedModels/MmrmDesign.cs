using System.Globalization;

namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// The encoded model: fixed-effect columns, and the data reduced to sums over subjects with the same set of visits
/// (missingness pattern). For a pattern with visits a, b the block M[a, b] = sum over its subjects of z_a z_b', where
/// z_a = (x_a, y_a) is the design row and response at visit a. Every quantity of the REML fit is a sum over subjects of
/// terms tr(A X_i' ... ) with A depending only on the pattern's covariance, so these sums are exact sufficient
/// statistics: one pass over the records, then each iteration costs nothing per subject.
/// </summary>
internal sealed class MmrmDesign
{
    public required int P { get; init; }
    public required int V { get; init; }
    public required string[] VisitLevels { get; init; }
    public required string[] ArmLevels { get; init; }
    public required string[] ColumnNames { get; init; }
    public required string[] ColumnTerms { get; init; }
    /// <summary>True for a column that varies within some subject (between-within degrees of freedom).</summary>
    public required bool[] ColumnWithin { get; init; }
    public required PatternBlock[] Patterns { get; init; }
    public required int Subjects { get; init; }
    public required int Observations { get; init; }
    public required int RecordsNotUsed { get; init; }
    public required int[,] SubjectsByArmVisit { get; init; }
    public required int[] SubjectsByArm { get; init; }
    public required double ResponseShift { get; init; }
    /// <summary>LS-mean coefficient vector of an arm at a visit (covariates at their means, factors balanced).</summary>
    public required Func<int, int, double[]> LsMeanVector { get; init; }

    public int Q => P + 1;

    public static MmrmDesign Build(MmrmData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.Subjects?.Count ?? throw new ArgumentException("Subjects is null.", nameof(data));
        void Length<T>(IReadOnlyList<T>? list, string what)
        {
            if (list is null) throw new ArgumentException($"{what} is null.", nameof(data));
            if (list.Count != n) throw new ArgumentException($"{what} has {list.Count} values for {n} records (Subjects).", nameof(data));
        }
        Length(data.Visits, "Visits");
        Length(data.Arms, "Arms");
        Length(data.Response, "Response");
        if (data.Baseline is not null) Length(data.Baseline, "Baseline");
        if (data.VisitLevels is null) throw new ArgumentException("VisitLevels is null.", nameof(data));
        if (data.Covariates is null) throw new ArgumentException("Covariates is null.", nameof(data));
        foreach (var c in data.Covariates)
        {
            if (c is null) throw new ArgumentException("A covariate is null.", nameof(data));
            if (c.IsFactor) Length(c.Levels, $"Covariate '{c.Name}'"); else Length(c.Values, $"Covariate '{c.Name}'");
        }
        if (string.IsNullOrEmpty(data.ControlArm)) throw new ArgumentException("ControlArm is empty.", nameof(data));
        if ((data.ArmByVisit || (data.BaselineByVisit && data.Baseline is not null)) && !data.VisitEffect)
            throw new ArgumentException("An interaction with visit needs the visit effect (VisitEffect = true).", nameof(data));

        var visitLevels = data.VisitLevels.ToArray();
        var visitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < visitLevels.Length; v++)
            if (visitLevels[v] is null || !visitIndex.TryAdd(visitLevels[v], v))
                throw new ArgumentException($"VisitLevels has a null or repeated level '{visitLevels[v]}'.", nameof(data));
        if (visitLevels.Length < 2)
            throw new ArgumentException($"An MMRM needs at least two visits; VisitLevels has {visitLevels.Length}.", nameof(data));
        if (visitLevels.Length > 64)
            throw new ArgumentException($"At most 64 visits are supported; VisitLevels has {visitLevels.Length}.", nameof(data));
        int nv = visitLevels.Length;

        // Arms: control first, then the others in ordinal order.
        var armSet = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
            armSet.Add(data.Arms[i] ?? throw new ArgumentException($"Record {i} has no arm.", nameof(data)));
        if (!armSet.Contains(data.ControlArm))
            throw new ArgumentException($"The control arm '{data.ControlArm}' has no record; arms are {string.Join(", ", armSet.Select(a => $"'{a}'"))}.", nameof(data));
        var armLevels = new[] { data.ControlArm }.Concat(armSet.Where(a => a != data.ControlArm)).ToArray();
        if (armLevels.Length < 2) throw new ArgumentException($"An MMRM comparing arms needs at least two arms; only '{data.ControlArm}' has records.", nameof(data));
        var armIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < armLevels.Length; a++) armIndex[armLevels[a]] = a;
        int na = armLevels.Length;

        // Factor levels in ordinal order (first = reference).
        var covs = data.Covariates.ToArray();
        var factorLevels = new string[covs.Length][];
        var factorIndex = new Dictionary<string, int>[covs.Length];
        for (var c = 0; c < covs.Length; c++)
        {
            if (!covs[c].IsFactor) continue;
            var set = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var l in covs[c].Levels!) if (!string.IsNullOrEmpty(l)) set.Add(l);
            factorLevels[c] = [.. set];
            factorIndex[c] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < factorLevels[c].Length; k++) factorIndex[c][factorLevels[c][k]] = k;
        }

        // Records used.
        var used = new bool[n];
        var visitOf = new int[n];
        var armOf = new int[n];
        var subjectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var subjectOf = new int[n];
        var subjectArm = new List<int>();
        var usedCount = 0;
        double ySum = 0;
        for (var i = 0; i < n; i++)
        {
            var s = data.Subjects[i] ?? throw new ArgumentException($"Record {i} has no subject.", nameof(data));
            if (!visitIndex.TryGetValue(data.Visits[i] ?? "", out var v))
                throw new ArgumentException($"Record {i} (subject '{s}') has visit '{data.Visits[i]}', which is not in VisitLevels.", nameof(data));
            visitOf[i] = v;
            armOf[i] = armIndex[data.Arms[i]];
            if (!subjectIndex.TryGetValue(s, out var si))
            {
                si = subjectIndex.Count;
                subjectIndex[s] = si;
                subjectArm.Add(armOf[i]);
            }
            else if (subjectArm[si] != armOf[i])
                throw new ArgumentException($"Subject '{s}' has records in arms '{armLevels[subjectArm[si]]}' and '{armLevels[armOf[i]]}'.", nameof(data));
            subjectOf[i] = si;
            var y = data.Response[i];
            if (double.IsInfinity(y)) throw new ArgumentException($"Record {i} (subject '{s}') has an infinite response.", nameof(data));
            var ok = !double.IsNaN(y);
            if (ok && data.Baseline is not null && !double.IsFinite(data.Baseline[i])) ok = false;
            for (var c = 0; ok && c < covs.Length; c++)
                ok = covs[c].IsFactor ? !string.IsNullOrEmpty(covs[c].Levels![i]) : double.IsFinite(covs[c].Values![i]);
            used[i] = ok;
            if (ok) { usedCount++; ySum += y; }
        }
        if (usedCount == 0) throw new ArgumentException("No record has a response and every covariate: the analysis would be empty.", nameof(data));
        var shift = ySum / usedCount;

        // Columns.
        var names = new List<string> { "(Intercept)" };
        var terms = new List<string> { "intercept" };
        var armCol = new int[na];
        for (var a = 1; a < na; a++) { armCol[a] = names.Count; names.Add($"arm {armLevels[a]}"); terms.Add("arm"); }
        var visitCol = new int[nv];
        if (data.VisitEffect)
            for (var v = 1; v < nv; v++) { visitCol[v] = names.Count; names.Add($"visit {visitLevels[v]}"); terms.Add("visit"); }
        var covCol = new int[covs.Length][];
        for (var c = 0; c < covs.Length; c++)
        {
            if (covs[c].IsFactor)
            {
                covCol[c] = new int[factorLevels[c].Length];
                for (var k = 1; k < factorLevels[c].Length; k++) { covCol[c][k] = names.Count; names.Add($"{covs[c].Name} {factorLevels[c][k]}"); terms.Add(covs[c].Name); }
            }
            else { covCol[c] = [names.Count]; names.Add(covs[c].Name); terms.Add(covs[c].Name); }
        }
        var hasBase = data.Baseline is not null;
        var baseCol = -1;
        if (hasBase) { baseCol = names.Count; names.Add("baseline"); terms.Add("baseline"); }
        var armVisitCol = new int[na, nv];
        if (data.ArmByVisit)
            for (var a = 1; a < na; a++)
                for (var v = 1; v < nv; v++) { armVisitCol[a, v] = names.Count; names.Add($"arm {armLevels[a]}:visit {visitLevels[v]}"); terms.Add("arm:visit"); }
        var baseVisitCol = new int[nv];
        if (hasBase && data.BaselineByVisit)
            for (var v = 1; v < nv; v++) { baseVisitCol[v] = names.Count; names.Add($"baseline:visit {visitLevels[v]}"); terms.Add("baseline:visit"); }
        int p = names.Count, q = p + 1;

        int Row(int i, Span<int> idx, Span<double> val)
        {
            var k = 0;
            idx[k] = 0; val[k++] = 1;
            int a = armOf[i], v = visitOf[i];
            if (a > 0) { idx[k] = armCol[a]; val[k++] = 1; }
            if (data.VisitEffect && v > 0) { idx[k] = visitCol[v]; val[k++] = 1; }
            for (var c = 0; c < covs.Length; c++)
            {
                if (covs[c].IsFactor)
                {
                    var l = factorIndex[c][covs[c].Levels![i]!];
                    if (l > 0) { idx[k] = covCol[c][l]; val[k++] = 1; }
                }
                else { idx[k] = covCol[c][0]; val[k++] = covs[c].Values![i]; }
            }
            if (hasBase) { idx[k] = baseCol; val[k++] = data.Baseline![i]; }
            if (data.ArmByVisit && a > 0 && v > 0) { idx[k] = armVisitCol[a, v]; val[k++] = 1; }
            if (hasBase && data.BaselineByVisit && v > 0) { idx[k] = baseVisitCol[v]; val[k++] = data.Baseline![i]; }
            idx[k] = p; val[k++] = data.Response[i] - shift;
            return k;
        }

        // Order used records by subject (first appearance) and visit.
        var order = new int[usedCount];
        var o = 0;
        for (var i = 0; i < n; i++) if (used[i]) order[o++] = i;
        var keys = new long[usedCount];
        for (var k = 0; k < usedCount; k++) keys[k] = (long)subjectOf[order[k]] * 128 + visitOf[order[k]];
        Array.Sort(keys, order);

        var maxNnz = 4 + covs.Length + 3;
        var patterns = new Dictionary<ulong, PatternBlock>();
        var within = new bool[p];
        var subjectsByArmVisit = new int[na, nv];
        var subjectsByArm = new int[na];
        var subjects = 0;
        var rowIdx = new int[nv * maxNnz];
        var rowVal = new double[nv * maxNnz];
        var rowLen = new int[nv];
        var firstRow = new double[p];
        var currentRow = new double[p];
        var start = 0;
        while (start < usedCount)
        {
            var si = subjectOf[order[start]];
            var end = start;
            while (end < usedCount && subjectOf[order[end]] == si) end++;
            ulong mask = 0;
            var m = end - start;
            for (var k = 0; k < m; k++)
            {
                var i = order[start + k];
                var bit = 1UL << visitOf[i];
                if ((mask & bit) != 0)
                    throw new ArgumentException($"Subject '{data.Subjects[i]}' has more than one record with a response at visit '{visitLevels[visitOf[i]]}'.", nameof(data));
                mask |= bit;
                rowLen[k] = Row(i, rowIdx.AsSpan(k * maxNnz, maxNnz), rowVal.AsSpan(k * maxNnz, maxNnz));
                subjectsByArmVisit[armOf[i], visitOf[i]]++;
            }
            subjects++;
            subjectsByArm[subjectArm[si]]++;
            // Within-subject variation of each column (compare each row with the first, dense).
            if (m > 1)
            {
                Array.Clear(firstRow);
                for (var t = 0; t < rowLen[0]; t++) if (rowIdx[t] < p) firstRow[rowIdx[t]] += rowVal[t];
                for (var k = 1; k < m; k++)
                {
                    Array.Clear(currentRow);
                    for (var t = 0; t < rowLen[k]; t++) if (rowIdx[k * maxNnz + t] < p) currentRow[rowIdx[k * maxNnz + t]] += rowVal[k * maxNnz + t];
                    for (var col = 0; col < p; col++)
                        if (currentRow[col] != firstRow[col]) within[col] = true;
                }
            }
            if (!patterns.TryGetValue(mask, out var block))
            {
                block = new PatternBlock(mask, nv, q);
                patterns[mask] = block;
            }
            block.Add(rowIdx, rowVal, rowLen, maxNnz);
            start = end;
        }

        // LS means: covariates at their mean over the records used, factor levels weighted equally.
        var covMean = new double[covs.Length];
        double baseMean = 0;
        for (var k = 0; k < usedCount; k++)
        {
            var i = order[k];
            if (hasBase) baseMean += data.Baseline![i];
            for (var c = 0; c < covs.Length; c++) if (!covs[c].IsFactor) covMean[c] += covs[c].Values![i];
        }
        if (hasBase) baseMean /= usedCount;
        for (var c = 0; c < covs.Length; c++) covMean[c] /= usedCount;
        double[] LsMean(int a, int v)
        {
            var l = new double[p];
            l[0] = 1;
            if (a > 0) l[armCol[a]] = 1;
            if (data.VisitEffect && v > 0) l[visitCol[v]] = 1;
            for (var c = 0; c < covs.Length; c++)
            {
                if (covs[c].IsFactor)
                    for (var k = 1; k < factorLevels[c].Length; k++) l[covCol[c][k]] = 1.0 / factorLevels[c].Length;
                else l[covCol[c][0]] = covMean[c];
            }
            if (hasBase) l[baseCol] = baseMean;
            if (data.ArmByVisit && a > 0 && v > 0) l[armVisitCol[a, v]] = 1;
            if (hasBase && data.BaselineByVisit && v > 0) l[baseVisitCol[v]] = baseMean;
            return l;
        }

        var design = new MmrmDesign
        {
            P = p,
            V = nv,
            VisitLevels = visitLevels,
            ArmLevels = armLevels,
            ColumnNames = [.. names],
            ColumnTerms = [.. terms],
            ColumnWithin = within,
            Patterns = [.. patterns.OrderBy(kv => kv.Key).Select(kv => kv.Value)],
            Subjects = subjects,
            Observations = usedCount,
            RecordsNotUsed = n - usedCount,
            SubjectsByArmVisit = subjectsByArmVisit,
            SubjectsByArm = subjectsByArm,
            ResponseShift = shift,
            LsMeanVector = LsMean,
        };
        design.CheckEstimable(data);
        return design;
    }

    /// <summary>Every visit and arm observed, every arm at every visit when arm:visit is in the model, and X of full
    /// column rank; otherwise an <see cref="ArgumentException"/> naming the visit, arm or term.</summary>
    private void CheckEstimable(MmrmData data)
    {
        int na = ArmLevels.Length;
        var visitsSeen = Enumerable.Range(0, V).Count(v => Enumerable.Range(0, na).Any(a => SubjectsByArmVisit[a, v] > 0));
        if (visitsSeen < 2)
            throw new ArgumentException($"An MMRM needs observations at two visits or more; only {visitsSeen} of the {V} visits has any.", nameof(data));
        for (var v = 0; v < V; v++)
            if (Enumerable.Range(0, na).All(a => SubjectsByArmVisit[a, v] == 0))
                throw new ArgumentException($"Visit '{VisitLevels[v]}' has no observation in any arm; drop it from VisitLevels.", nameof(data));
        for (var a = 0; a < na; a++)
            if (SubjectsByArm[a] == 0)
                throw new ArgumentException($"Arm '{ArmLevels[a]}' has no subject with an observation.", nameof(data));
        if (data.ArmByVisit)
            for (var v = 0; v < V; v++)
                for (var a = 0; a < na; a++)
                    if (SubjectsByArmVisit[a, v] == 0)
                        throw new ArgumentException($"Visit '{VisitLevels[v]}' has no subject of arm '{ArmLevels[a]}': the arm-by-visit effect is not estimable there.", nameof(data));

        // Column rank: Cholesky of X'X without pivoting; a column is aliased when less than 1e-7 of its norm is
        // outside the span of the columns before it (R's lm tolerance).
        var xtx = new double[P * P];
        foreach (var g in Patterns) g.AddXtX(xtx, P);
        var l = new double[P * P];
        for (var j = 0; j < P; j++)
        {
            var d = xtx[j * P + j];
            for (var k = 0; k < j; k++) d -= l[j * P + k] * l[j * P + k];
            if (!(d > 1e-14 * xtx[j * P + j]) || xtx[j * P + j] == 0)
                throw new ArgumentException(
                    $"The design is singular: column '{ColumnNames[j]}' (term {ColumnTerms[j]}) is a linear combination of the columns before it" +
                    (xtx[j * P + j] == 0 ? " (it is zero on every record used)." : "."), nameof(data));
            l[j * P + j] = Math.Sqrt(d);
            for (var i = j + 1; i < P; i++)
            {
                var s = xtx[i * P + j];
                for (var k = 0; k < j; k++) s -= l[i * P + k] * l[j * P + k];
                l[i * P + j] = s / l[j * P + j];
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MMRM design: {Subjects} subjects, {Observations} observations, {P} columns, {Patterns.Length} patterns");
}

/// <summary>Sums over the subjects of one missingness pattern (see <see cref="MmrmDesign"/>).</summary>
internal sealed class PatternBlock
{
    public PatternBlock(ulong mask, int visits, int q)
    {
        Mask = mask;
        var list = new List<int>();
        for (var v = 0; v < visits; v++) if ((mask & (1UL << v)) != 0) list.Add(v);
        Visits = [.. list];
        M = Visits.Length;
        Q = q;
        Sums = new double[M * (M + 1) / 2 * q * q];
    }

    public ulong Mask { get; }
    /// <summary>The pattern's visits (global indices, ascending).</summary>
    public int[] Visits { get; }
    /// <summary>Number of visits.</summary>
    public int M { get; }
    /// <summary>Columns + 1 (the response).</summary>
    public int Q { get; }
    /// <summary>Subjects with this pattern.</summary>
    public int Count { get; private set; }
    /// <summary>Block (a, b), a &lt;= b, at offset PairIndex(a, b) * Q * Q: sum of z_a z_b' (row-major Q x Q).</summary>
    public double[] Sums { get; }

    public int PairIndex(int a, int b) => a * M - a * (a - 1) / 2 + (b - a);

    public void Add(int[] idx, double[] val, int[] len, int stride)
    {
        Count++;
        int q = Q, qq = q * q;
        for (var a = 0; a < M; a++)
            for (var b = a; b < M; b++)
            {
                var off = PairIndex(a, b) * qq;
                int oa = a * stride, ob = b * stride;
                for (var s = 0; s < len[a]; s++)
                {
                    var row = off + idx[oa + s] * q;
                    var x = val[oa + s];
                    for (var t = 0; t < len[b]; t++) Sums[row + idx[ob + t]] += x * val[ob + t];
                }
            }
    }

    /// <summary>Adds X'X (the P x P part of the diagonal blocks) to <paramref name="xtx"/>.</summary>
    public void AddXtX(double[] xtx, int p)
    {
        int q = Q, qq = q * q;
        for (var a = 0; a < M; a++)
        {
            var off = PairIndex(a, a) * qq;
            for (var i = 0; i < p; i++)
                for (var j = 0; j < p; j++) xtx[i * p + j] += Sums[off + i * q + j];
        }
    }

    /// <summary>G += sum_ab A_ab M_ab for a symmetric M x M matrix A (row-major): G = Z' A Z summed over the subjects.</summary>
    public void Contract(double[] a, double[] g)
    {
        int q = Q, qq = q * q, m = M;
        for (var i = 0; i < m; i++)
        {
            var w = a[i * m + i];
            if (w != 0)
            {
                var off = PairIndex(i, i) * qq;
                for (var t = 0; t < qq; t++) g[t] += w * Sums[off + t];
            }
            for (var j = i + 1; j < m; j++)
            {
                var x = a[i * m + j];
                if (x == 0) continue;
                var off = PairIndex(i, j) * qq;
                for (var r = 0; r < q; r++)
                {
                    var ro = off + r * q;
                    for (var c = 0; c < q; c++)
                    {
                        var s = x * Sums[ro + c];
                        g[r * q + c] += s;
                        g[c * q + r] += s;
                    }
                }
            }
        }
    }

    /// <summary>T_ab = sum_ij B_ij M_ab[i, j] for a symmetric Q x Q matrix B; T is M x M, symmetric.</summary>
    public void ReverseContract(double[] b, double[] t)
    {
        int q = Q, qq = q * q, m = M;
        for (var i = 0; i < m; i++)
            for (var j = i; j < m; j++)
            {
                var off = PairIndex(i, j) * qq;
                double s = 0;
                for (var u = 0; u < qq; u++) s += b[u] * Sums[off + u];
                t[i * m + j] = s;
                t[j * m + i] = s;
            }
    }
}
