namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Per subject, one bit per (parameter, visit) key: whether a record with that key was seen. Bit positions are given
/// to keys in order of first appearance; the bitmap grows (doubling the words a subject) up to a limit in bytes.
/// </summary>
internal sealed class PairBitmap(int subjects, long limit)
{
    private readonly Dictionary<long, int> _slots = []; // key -> bit position, in order of first appearance
    private ulong[] _bits = [];
    private int _words; // per subject
    private int _subjects;

    /// <summary>Sets the bit of the key for the subject; returns whether it was set already, or null when the bitmap would pass its limit (nothing set).</summary>
    public bool? TestAndSet(int subject, long key)
    {
        if (!_slots.TryGetValue(key, out var slot)) _slots.Add(key, slot = _slots.Count);
        var word = slot >> 6;
        if (word >= _words || subject >= _subjects)
        {
            var words = Math.Max(_words, 1);
            while (words <= word) words *= 2;
            var count = subject < _subjects ? _subjects : Math.Max(Math.Max(subjects, 16), Math.Max(subject + 1, _subjects + _subjects / 2));
            if ((long)count * words * sizeof(ulong) > limit) return null;
            var bits = new ulong[(long)count * words];
            for (var s = 0; s < _subjects; s++) Array.Copy(_bits, (long)s * _words, bits, (long)s * words, _words);
            (_bits, _words, _subjects) = (bits, words, count);
        }
        ref var w = ref _bits[(long)subject * _words + word];
        var mask = 1UL << (slot & 63);
        var was = (w & mask) != 0;
        w |= mask;
        return was;
    }
}
