#include "fontwarmup.h"

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#endif

FontWarmUp::FontWarmUp()
{
#if __has_include(<dlfcn.h>)
    // QtGui links fontconfig on Linux, so its symbols are already in the process: nothing is
    // loaded here, and the app gets no link dependency of its own on fontconfig.
    using FcInitFunction = int (*)();
    auto *init = reinterpret_cast<FcInitFunction>(dlsym(RTLD_DEFAULT, "FcInit"));
    if (init)
        m_thread = std::thread([init] { init(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}
