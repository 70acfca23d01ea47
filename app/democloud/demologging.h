#pragma once

#include <QLoggingCategory>

// Everything the demo cloud logs goes to stderr through these categories; never a token or a
// password (request bodies are not logged at all).
Q_DECLARE_LOGGING_CATEGORY(lcDemo)     // iw.democloud: requests, jobs, state
Q_DECLARE_LOGGING_CATEGORY(lcDemoHttp) // iw.democloud.http: connections and protocol errors
