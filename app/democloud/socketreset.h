#pragma once

#include <QtGlobal>

/// SO_LINGER with a zero timeout on a connected socket: its close() then sends RST instead of
/// FIN, as a crashed server or a middlebox dropping the connection would. Platform code:
/// socketreset_unix.cpp, socketreset_win.cpp.
void resetOnClose(qintptr socketDescriptor);
