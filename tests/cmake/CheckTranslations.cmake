# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate on a scratch copy of the committed Korean .ts (so the source tree is untouched)
# and fails on any entry that is unfinished, vanished, obsolete or empty.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
# TS_NAME: kai_dashboard_ko.ts (every string) or kai_dashboard_en.ts (LUPDATE_EXTRA=-pluralonly: plural forms only).
if(NOT TS_NAME)
    set(TS_NAME kai_dashboard_ko.ts)
endif()
file(COPY ${SOURCE_DIR}/translations/${TS_NAME} DESTINATION ${WORK_DIR})
set(ts ${WORK_DIR}/${TS_NAME})
execute_process(
    COMMAND ${LUPDATE} ${LUPDATE_EXTRA} -locations none ${SOURCE_DIR}/app ${SOURCE_DIR}/ui ${SOURCE_DIR}/models -ts ${ts}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${ts} content)
set(problems "")
foreach(marker "type=\"unfinished\"" "type=\"vanished\"" "type=\"obsolete\"" "<translation></translation>" "<translation/>")
    string(REGEX MATCHALL "${marker}" hits "${content}")
    list(LENGTH hits count)
    if(count GREATER 0)
        string(APPEND problems "  ${count} x ${marker}\n")
    endif()
endforeach()
string(REGEX MATCHALL "<message[^>]*>" messages "${content}")
list(LENGTH messages total)
if(problems)
    # Name the first few offending source strings so the fix is obvious.
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"(unfinished|vanished|obsolete)\"" offenders "${content}")
    list(SUBLIST offenders 0 10 offenders)
    string(REPLACE ";" "\n" offenders "${offenders}")
    message(FATAL_ERROR "${TS_NAME} incomplete (${total} messages):\n${problems}First entries:\n${offenders}\n"
                        "Run: lupdate -no-obsolete -locations none app ui models -ts translations/kai_dashboard_ko.ts, "
                        "translate, commit.")
endif()
message(STATUS "${TS_NAME} complete: ${total} messages")
