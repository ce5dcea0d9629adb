#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcIo, "cad.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOAuth, "cad.oauth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "cad.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConnection, "cad.connection", QtWarningMsg)
