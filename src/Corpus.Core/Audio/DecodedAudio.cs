namespace Corpus.Core.Audio;

/// <summary>A recording decoded to 16 kHz mono, with its source format and the clipping found while decoding.</summary>
internal sealed record DecodedAudio(float[] Samples, AudioSourceFormat Source, ClippingStats Clipping);
