#include "demologging.h"

Q_LOGGING_CATEGORY(lcDemo, "iw.democloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemoHttp, "iw.democloud.http", QtInfoMsg)
