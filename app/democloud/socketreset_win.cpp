// Not yet built (docs/platforms.md); Winsock's setsockopt takes the option as char bytes.
#include "socketreset.h"

#include <winsock2.h>

void resetOnClose(qintptr socketDescriptor)
{
    if (socketDescriptor == -1)
        return;
    const LINGER reset{1, 0};
    ::setsockopt(SOCKET(socketDescriptor),
        SOL_SOCKET,
        SO_LINGER,
        reinterpret_cast<const char *>(&reset),
        sizeof reset);
}
