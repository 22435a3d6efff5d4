// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sha256.h"

#include <QtEndian>
#include <cstring>

#if (defined(__x86_64__) || defined(_M_X64)) && (defined(__GNUC__) || defined(_MSC_VER))
#define KAI_SHA256_X86 1
#include <immintrin.h>
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#define KAI_SHA256_TARGET
#else
#include <cpuid.h>
#define KAI_SHA256_TARGET __attribute__((target("sha,sse4.1,ssse3")))
#endif
#endif

namespace kai::store {

namespace {

constexpr std::array<quint32, 8> Sha256Initial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef KAI_SHA256_X86
alignas(16) constexpr quint32 Sha256RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool sha256CpuHasExtensions()
{
    unsigned int leaf1[4] = {}, leaf7[4] = {};
#if defined(_MSC_VER) && !defined(__clang__)
    int regs[4] = {};
    __cpuid(regs, 0);
    if (regs[0] < 7)
        return false;
    __cpuid(regs, 1);
    std::memcpy(leaf1, regs, sizeof leaf1);
    __cpuidex(regs, 7, 0);
    std::memcpy(leaf7, regs, sizeof leaf7);
#else
    if (__get_cpuid_max(0, nullptr) < 7 || !__get_cpuid(1, &leaf1[0], &leaf1[1], &leaf1[2], &leaf1[3])
        || !__get_cpuid_count(7, 0, &leaf7[0], &leaf7[1], &leaf7[2], &leaf7[3]))
        return false;
#endif
    const bool ssse3 = leaf1[2] & (1u << 9), sse41 = leaf1[2] & (1u << 19), sha = leaf7[1] & (1u << 29);
    return ssse3 && sse41 && sha;
}

// One 64-byte block, four rounds per step, the message schedule kept in four registers.
KAI_SHA256_TARGET void sha256CompressWithExtensions(quint32 *state, const uchar *block)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    const __m128i abefSaved = abef, cdghSaved = cdgh;
    __m128i words[4];
    for (int i = 0; i < 4; ++i)
        words[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * i)), byteSwap);
    for (int step = 0; step < 16; ++step) {
        const __m128i current = words[step % 4];
        __m128i message =
            _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i *>(Sha256RoundConstants + 4 * step)));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
        if (step >= 3 && step <= 14) {
            __m128i &next = words[(step + 1) % 4];
            next = _mm_add_epi32(next, _mm_alignr_epi8(current, words[(step + 3) % 4], 4));
            next = _mm_sha256msg2_epu32(next, current);
        }
        message = _mm_shuffle_epi32(message, 0x0E);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        if (step >= 1 && step <= 12)
            words[(step + 3) % 4] = _mm_sha256msg1_epu32(words[(step + 3) % 4], current);
    }
    abef = _mm_add_epi32(abef, abefSaved);
    cdgh = _mm_add_epi32(cdgh, cdghSaved);
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

} // namespace

bool Sha256::usesShaExtensions()
{
#ifdef KAI_SHA256_X86
    static const bool available = sha256CpuHasExtensions();
    return available;
#else
    return false;
#endif
}

Sha256::Sha256() : m_fast(usesShaExtensions())
{
    reset();
}

void Sha256::reset()
{
    m_state = Sha256Initial;
    m_blockUsed = 0;
    m_length = 0;
}

void Sha256::addData(QByteArrayView bytes)
{
    if (!m_fast) {
        m_portable.addData(bytes);
        m_portableEmpty = m_portableEmpty && bytes.isEmpty();
        return;
    }
#ifdef KAI_SHA256_X86
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    size_t size = size_t(bytes.size());
    m_length += size;
    while (size > 0) {
        const size_t taken = std::min(size, m_block.size() - m_blockUsed);
        std::memcpy(m_block.data() + m_blockUsed, data, taken);
        m_blockUsed += taken;
        data += taken;
        size -= taken;
        if (m_blockUsed == m_block.size()) {
            sha256CompressWithExtensions(m_state.data(), m_block.data());
            m_blockUsed = 0;
        }
    }
#endif
}

Sha256::Digest Sha256::result()
{
    Digest digest{};
    if (!m_fast) {
        const QByteArrayView view = m_portable.resultView();
        std::memcpy(digest.data(), view.data(), digest.size());
        m_portable.reset();
        m_portableEmpty = true;
        return digest;
    }
#ifdef KAI_SHA256_X86
    const quint64 bits = m_length * 8;
    m_block[m_blockUsed++] = 0x80;
    if (m_blockUsed > 56) {
        std::fill(m_block.begin() + qsizetype(m_blockUsed), m_block.end(), uchar(0));
        sha256CompressWithExtensions(m_state.data(), m_block.data());
        m_blockUsed = 0;
    }
    std::fill(m_block.begin() + qsizetype(m_blockUsed), m_block.begin() + 56, uchar(0));
    qToBigEndian(bits, m_block.data() + 56);
    sha256CompressWithExtensions(m_state.data(), m_block.data());
    for (size_t i = 0; i < m_state.size(); ++i)
        qToBigEndian(m_state[i], digest.data() + 4 * i);
    reset();
#endif
    return digest;
}

Sha256::Digest Sha256::ofZeroTailed(uchar *buffer, size_t size)
{
    Digest digest{};
    if (!usesShaExtensions()) {
        const QByteArray portable =
            QCryptographicHash::hash(QByteArrayView(buffer, qsizetype(size)), QCryptographicHash::Sha256);
        std::memcpy(digest.data(), portable.constData(), digest.size());
        return digest;
    }
#ifdef KAI_SHA256_X86
    // The padding goes in place: the 0x80 that ends the message, zeros (there already), and the
    // message's length in bits in the last 8 bytes of its last block.
    const size_t blocks = (size + 9 + 63) / 64;
    buffer[size] = 0x80;
    qToBigEndian(quint64(size) * 8, buffer + 64 * blocks - 8);
    std::array<quint32, 8> state = Sha256Initial;
    for (size_t i = 0; i < blocks; ++i)
        sha256CompressWithExtensions(state.data(), buffer + 64 * i);
    for (size_t i = 0; i < state.size(); ++i)
        qToBigEndian(state[i], digest.data() + 4 * i);
#endif
    return digest;
}

} // namespace kai::store
