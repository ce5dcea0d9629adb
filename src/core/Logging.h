#pragma once

#include <QLoggingCategory>

// One category per module. Tokens and secrets never reach a log: pass anything that may carry
// one through cad::Redactor first.
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
