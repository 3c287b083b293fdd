/* A stand-in for Windows' bcryptprimitives.dll, for the tests only (never
 * shipped): Go's runtime (1.22 and later) takes its random numbers from
 * ProcessPrng there, and Debian 12's Wine 8 has no such DLL, so a Go
 * program dies before main under it. Windows 10 and later, and Wine 9 and
 * later, have the real one; windows_test.go builds this only when the wine
 * prefix lacks it. ProcessPrng is answered from BCryptGenRandom, the
 * system's preferred generator. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
