#include "socketreset.h"

#include <sys/socket.h>

void resetOnClose(qintptr socketDescriptor)
{
    if (socketDescriptor == -1)
        return;
    const linger reset{1, 0};
    ::setsockopt(int(socketDescriptor), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
}
