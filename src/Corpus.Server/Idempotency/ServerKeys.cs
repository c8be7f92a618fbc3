using System.Security.Cryptography;
using System.Text;
using Corpus.Data.Storage;

namespace Corpus.Server.Idempotency;

/// <summary>
/// Keyed hashes and sealing derived from the instance secret: author handles are stored only as a
/// keyed hash, and stored idempotent responses (which may hold a new token) are readable only with
/// the Idempotency-Key that created them.
/// </summary>
internal sealed class ServerKeys(byte[] secret)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Hash(string purpose, string value) => KeyedHash.Compute(secret, purpose, value);

    public string Seal(string idempotencyKey, string plaintext)
    {
        var key = DeriveKey(idempotencyKey);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + input.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, input, output.AsSpan(NonceSize, input.Length), output.AsSpan(NonceSize + input.Length));
        return Convert.ToBase64String(output);
    }

    public string Open(string idempotencyKey, string sealedText)
    {
        var key = DeriveKey(idempotencyKey);
        var input = Convert.FromBase64String(sealedText);
        var length = input.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, length), input.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private byte[] DeriveKey(string idempotencyKey) =>
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("idempotency-seal\n" + idempotencyKey));
}
