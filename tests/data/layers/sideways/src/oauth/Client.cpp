// A sideways dependency: the OAuth layer may not use the connector model.
#include "model/Property.h"
