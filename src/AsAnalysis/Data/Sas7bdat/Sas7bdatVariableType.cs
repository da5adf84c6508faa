namespace AsAnalysis.Data.Sas7bdat;

/// <summary>The storage type of a variable of a SAS7BDAT dataset (column attribute type byte).</summary>
public enum Sas7bdatVariableType
{
    /// <summary>Numeric: an IEEE 754 double of 8 bytes, or its first (most significant) 2 to 7 bytes (type byte 1).</summary>
    Numeric = 1,
    /// <summary>Character: fixed-width text padded with blanks, in the file's encoding (type byte 2).</summary>
    Character = 2,
}
