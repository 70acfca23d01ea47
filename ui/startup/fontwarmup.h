#pragma once

#include <thread>

/// Loads fontconfig's configuration and font caches on a worker thread while the main thread
/// loads Qt's platform plugin and builds the core. The first widget with text then finds them
/// ready instead of loading them itself (about 5 ms on the project's machine, where the whole
/// first window takes about 75 ms).
///
/// fontconfig is thread-safe: if the main thread asks for fonts first, both threads load a
/// configuration and fontconfig keeps one. Qt's own fontconfig is used (looked up by name in
/// the loaded libraries); without it, nothing happens. The destructor waits for the thread.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    /// Whether a warm-up thread was started (false where Qt draws text without fontconfig).
    bool started() const { return m_thread.joinable(); }

private:
    std::thread m_thread;
};
