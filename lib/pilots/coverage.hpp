#pragma once
// `pilot coverage`: the languages people need against the languages the active guides speak —
// the input for the next training cohort. German is left out: every guide speaks it.

#include <string>
#include <vector>

#include "records/types.hpp"

namespace integra::pilots {

struct LanguageNeed {
    std::string code;
    int people = 0;    ///< active refugees who list the language (not restricted ones)
    int requests = 0;  ///< the year's assignments (not cancelled) in it
    int guides = 0;    ///< active guides who speak it
    bool gap() const { return guides == 0; }
};

struct Coverage {
    int year = 0;
    std::vector<LanguageNeed> languages;  ///< gaps first, then by people and requests
    /// Active refugees none of whose languages (German aside) an active guide speaks; those
    /// whose processing is restricted (GDPR Art. 18) are left out here too.
    std::vector<std::string> unreached;
};

Coverage coverage(const std::vector<records::Pilot>& pilots,
                  const std::vector<records::Refugee>& refugees,
                  const std::vector<records::Assignment>& assignments, int year);

}  // namespace integra::pilots
