/* Only for running algoreg.exe and typst.exe under Wine 8 in the tests; it
 * never ships. Rust's standard library asks bcryptprimitives.dll for
 * ProcessPrng (random bytes); Windows 10 and 11 have that DLL, Wine 8 does
 * not. This stand-in answers with RtlGenRandom (SystemFunction036 in
 * advapi32), which Wine does have. Built by scripts/windows-test.sh with
 * x86_64-w64-mingw32-gcc -shared. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
