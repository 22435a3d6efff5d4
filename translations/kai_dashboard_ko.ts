<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished">%1 기준 데이터</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished">데이터 출처</translation>
    </message>
    <message>
        <source>Data sources (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in this pack is attributed to one of these sources. Confidence: confirmed, single source, uncertain, or illustrative sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>kai-dashboard check: %1</source>
        <translation>kai-dashboard check: %1</translation>
    </message>
    <message>
        <source>kai-dashboard check: %1 could not be read: %2</source>
        <translation>kai-dashboard check: %1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, schema version, one consortium per company, dates in order, GPU usage within allocation).</source>
        <translation>%1: 문제가 없습니다(점검 항목: 무결성, 스키마 버전, 기업별 단일 컨소시엄 참여, 날짜 순서, GPU 할당량 내 사용).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: 다음 문제 %n건이 발견되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>기본 데이터베이스 대신 지정한 데이터베이스 파일을 사용합니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Open the database read-only.</source>
        <translation>데이터베이스를 읽기 전용으로 엽니다.</translation>
    </message>
    <message>
        <source>Display language: ko or en.</source>
        <translation>표시 언어를 지정합니다(ko 또는 en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error or off.</source>
        <translation>로그 수준을 지정합니다(trace, debug, info, warn, error, off 중 하나).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>Optional command to run without a window.</source>
        <translation>창 없이 실행할 명령입니다(선택 사항).</translation>
    </message>
    <message>
        <source>Unknown log level &apos;%1&apos;; use one of: %2.</source>
        <translation>알 수 없는 로그 수준입니다: &apos;%1&apos;. 다음 중 하나를 지정하십시오: %2.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use ko or en.</source>
        <translation>알 수 없는 언어입니다: &apos;%1&apos;. ko 또는 en 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 옵션에는 파일 이름을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2.</source>
        <translation>알 수 없는 명령입니다: &apos;%1&apos;. 사용할 수 있는 명령: %2.</translation>
    </message>
    <message>
        <source>check takes no arguments; use --db FILE to name the database.</source>
        <translation>check 명령에는 인수를 지정할 수 없습니다. 데이터베이스는 --db 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>export takes no positional arguments; name the file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies only to the export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K-AI Dashboard: the Sovereign AI Foundation Model Project at a glance.

Commands (run without a window):
  check    verify integrity, schema version and the program&apos;s rules; exit 1 when problems are found
  export   draw a view or the briefing pack to PNG, SVG or PDF without a display (--view --lang ko|en|both --format --size --scale --press --as-of --out)
  import-gpu-usage FILE [--strict]
           import a GPU usage CSV in one transaction; exit 1 when rows were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-gpu-usage: import nothing if any row is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-gpu-usage takes exactly one CSV file; use --db FILE to name the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-gpu-usage writes to the database and cannot run with --read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strict applies only to the import-gpu-usage command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 uses schema version %2 and must be upgraded to version %3, which needs write access. It was not modified.</source>
        <translation>%1 파일은 스키마 버전 %2 형식이므로 버전 %3 형식으로 업그레이드해야 하며, 업그레이드하려면 쓰기 권한이 필요합니다. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 already exists; the sample database is only created in a new file.</source>
        <translation>%1 파일이 이미 있습니다. 예시 데이터베이스는 새 파일로만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The sample database could not be created at %1: %2</source>
        <translation>%1 위치에 예시 데이터베이스를 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInspector</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 경로는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a K-AI Dashboard database.</source>
        <translation>%1 파일이 비어 있습니다. K-AI 대시보드 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 파일은 SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 파일이 손상되었거나 데이터베이스가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application (application id 0x%2, %3 tables); K-AI Dashboard leaves it untouched.</source>
        <translation>%1 파일은 다른 프로그램의 SQLite 데이터베이스입니다(애플리케이션 ID 0x%2, 테이블 %3개). K-AI 대시보드는 이 파일을 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer K-AI Dashboard (schema version %2; this version knows up to %3). Update the application; the file was not modified.</source>
        <translation>%1 파일은 더 높은 버전의 K-AI 대시보드에서 작성되었습니다(스키마 버전 %2, 이 버전은 %3까지 지원). 프로그램을 업데이트하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Large enterprise</source>
        <translation>대기업</translation>
    </message>
    <message>
        <source>Startup / SME</source>
        <translation>스타트업·중소기업</translation>
    </message>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>연구기관</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>공공기관</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>주관기관</translation>
    </message>
    <message>
        <source>Participating organisation</source>
        <translation>참여기관</translation>
    </message>
    <message>
        <source>Briefing session</source>
        <translation>사업 설명회</translation>
    </message>
    <message>
        <source>Call for applications</source>
        <translation>공모 접수</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>서면평가</translation>
    </message>
    <message>
        <source>Presentation review</source>
        <translation>발표평가</translation>
    </message>
    <message>
        <source>Development phase</source>
        <translation>개발 단계</translation>
    </message>
    <message>
        <source>Public showcase</source>
        <translation>발표회</translation>
    </message>
    <message>
        <source>Phase evaluation</source>
        <translation>단계평가</translation>
    </message>
    <message>
        <source>Additional call</source>
        <translation>추가 공모</translation>
    </message>
    <message>
        <source>Final selection</source>
        <translation>최종 선정</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation>탈락</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>결과 대기</translation>
    </message>
    <message>
        <source>Failed a gate</source>
        <translation>관문 기준 미달</translation>
    </message>
    <message>
        <source>Below the cut line</source>
        <translation>커트라인 미달</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>미선정</translation>
    </message>
    <message>
        <source>Did not apply</source>
        <translation>미신청</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>서면평가 통과</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>National model</source>
        <translation>국가대표 AI 모델</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Illustrative sample</source>
        <translation>예시 데이터</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>미공개</translation>
    </message>
</context>
<context>
    <name>ExportArguments</name>
    <message>
        <source>export: overview, consortia, timeline, gpu, rounds or pack (a PDF of every view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: png, svg or pdf (default: from the file name, else png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: logical size WxH in pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: pixel scale of PNG output, 1, 2 or 3 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: press profile; hides confidential figures and internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: show the data as known on DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished">파일</translation>
    </message>
    <message>
        <source>export needs --view (%1 or pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use %2 or pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use ko, en or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use png, svg or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing pack is a PDF; use --format pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad size &apos;%1&apos;; write it as WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad scale &apos;%1&apos;; use 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad date &apos;%1&apos;; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date %1 is outside the program&apos;s years (2025-01-01 to 2027-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>kai-dashboard export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source>Unknown view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>The scale must be 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be at least %1×%1 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size × scale must not exceed %1 pixels per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press (for release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuUsageColumns</name>
    <message>
        <source>The header row is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns are missing from the header: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuUsageImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and at least one data row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU usage imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and the database is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields: expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode: %1, line %2: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consortium given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consortium &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown GPU model &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours cannot be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation must be between 0 and 100 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Cannot open database</source>
        <translation>데이터베이스 열기 실패</translation>
    </message>
</context>
<context>
    <name>ImportGpuUsageCommand</name>
    <message>
        <source>Rows read: %1, imported: %2, already present: %3, skipped: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>The migration script for schema version %1 is missing from the application.</source>
        <translation>프로그램에 스키마 버전 %1용 마이그레이션 스크립트가 없습니다.</translation>
    </message>
    <message>
        <source>Schema version %1 is newer than this application supports.</source>
        <translation>이 프로그램이 지원하지 않는 최신 스키마 버전(%1)입니다.</translation>
    </message>
</context>
<context>
    <name>ProgramRuleChecker</name>
    <message>
        <source>Database integrity: %1</source>
        <translation>데이터베이스 무결성 오류: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>%2 테이블의 %1번 행이 %3 테이블에 없는 행을 참조합니다.</translation>
    </message>
    <message>
        <source>The file is not marked as a K-AI Dashboard database.</source>
        <translation>K-AI 대시보드 데이터베이스로 표시되지 않은 파일입니다.</translation>
    </message>
    <message>
        <source>Schema version %1; this application expects version %2.</source>
        <translation>스키마 버전 %1: 이 프로그램에 필요한 버전은 %2입니다.</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to consortia %3 and %4 at the same time (from %5); a company may join only one consortium.</source>
        <translation>%1(%2): %5부터 %3, %4 컨소시엄에 동시에 소속되어 있습니다. 기업은 하나의 컨소시엄에만 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>The %1 result of consortium %2 has its dates out of order (evaluated %3, published %4).</source>
        <translation>%2 컨소시엄의 %1 결과 날짜 순서가 맞지 않습니다(평가일 %3, 발표일 %4).</translation>
    </message>
    <message>
        <source>A GPU allocation of consortium %1 ends before it starts (%2 to %3).</source>
        <translation>%1 컨소시엄의 GPU 할당 기간 종료일이 시작일보다 앞섭니다(%2~%3).</translation>
    </message>
    <message>
        <source>%1 (%2) is listed twice in consortium %3 for overlapping periods (from %4).</source>
        <translation>%1(%2)이(가) 컨소시엄 %3에 기간이 겹치게 두 번 등록되어 있습니다(%4부터).</translation>
    </message>
    <message>
        <source>Stage %1 has its dates out of order (planned %2 to %3, actual %4 to %5).</source>
        <translation>단계 %1의 날짜 순서가 맞지 않습니다(계획 %2~%3, 실제 %4~%5).</translation>
    </message>
    <message>
        <source>%1 leaves consortium %2 on %4, which is not after joining it on %3.</source>
        <translation>%1의 컨소시엄 %2 탈퇴일(%4)이 참여일(%3)보다 늦지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Consortium %1 exceeded its %2 allocation in %3 on %n day(s) (worst day: %4 GPU-hours used of %5 allocated).</source>
        <translation>
            <numerusform>컨소시엄 %1이(가) %3에 %n일 동안 %2 할당량을 초과했습니다(최대 초과일: 할당 %5 GPU 시간 중 %4 사용).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceStamp</name>
    <message>
        <source>%1 · Data as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: MSIT releases and press reports; see data sources page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K-AI Dashboard %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data checksum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundChartBuilder</name>
    <message>
        <source>Overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1, frozen on %2 for this round. Models scored: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as % of the reference model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 % of the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the target (solid, outlined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the target (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✓ meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✗ below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2 (frozen %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — includes illustrative samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unpublished scores left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: result pending (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: planned, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia in the running after each step, as known on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia</source>
        <translation type="unfinished">컨소시엄</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result pending (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 re-entered through the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied and was not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank movement across ranked rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished">순위</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Program calendar</source>
        <translation type="unfinished">사업 일정</translation>
    </message>
    <message>
        <source>Nothing about the program had been announced by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today = as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished">%1 기준</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review or evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elite team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation type="unfinished">탈락</translation>
    </message>
    <message>
        <source>Result pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation type="unfinished">기준일</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">오늘</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage name · slip</comment>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further milestone planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-%1</source>
        <translation type="unfinished">D-%1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>D-12 · stage (starts date)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 (not yet confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams to advance (plan): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the results in Evaluation Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entered through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the program %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::CompetingTeamModel</name>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>최근 결과</translation>
    </message>
    <message>
        <source>Latest model</source>
        <translation>최신 모델</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>%1위</translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumAllocationModel</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100 eq.</source>
        <comment>H100-equivalent GPUs, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumMemberModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished">유형</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — also in another consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This company is listed in another consortium for an overlapping period, against the one-consortium rule. Select it to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumReleaseModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2B active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumRoundModel</name>
    <message>
        <source>Round</source>
        <translation type="unfinished">평가 단계</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumTableModel</name>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>주관기관</translation>
    </message>
    <message>
        <source>Large enterprises</source>
        <translation>대기업</translation>
    </message>
    <message>
        <source>Startups / SMEs</source>
        <translation>스타트업·중소기업</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Institutes / public bodies</source>
        <translation>연구기관·공공기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Latest model</source>
        <translation>최신 모델</translation>
    </message>
    <message>
        <source>GPUs allocated</source>
        <translation>할당 GPU 수</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 H100 equivalents</source>
        <translation>H100 환산 %1장</translation>
    </message>
    <message>
        <source>Large</source>
        <comment>large enterprises, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <comment>startups and SMEs, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Univ.</source>
        <comment>universities, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inst.</source>
        <comment>institutes and public bodies, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <comment>GPUs allocated, short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (also in another consortium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
A member company of this consortium is also listed in another consortium at the same time, against the one-consortium rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::GpuSummaryTableModel</name>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>GPUs on the as-of date</source>
        <translation>기준일 GPU 수</translation>
    </message>
    <message>
        <source>GPU-hours allocated</source>
        <translation>할당 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>사용 GPU 시간</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>가동률</translation>
    </message>
    <message>
        <source>H100-equivalent hours used</source>
        <translation>사용 GPU 시간(H100 환산)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터 구분</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>보고 데이터</translation>
    </message>
</context>
<context>
    <name>kai::GpuUsagePeriodModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation type="unfinished">사용 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours allocated</source>
        <translation type="unfinished">할당 GPU 시간</translation>
    </message>
    <message>
        <source>Used of allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-equivalent hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished">가동률</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over allocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::OrganisationHistoryModel</name>
    <message>
        <source>Consortium</source>
        <translation type="unfinished">컨소시엄</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-consortium rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach: overlaps with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::RoundResultTableModel</name>
    <message>
        <source>Round</source>
        <translation>평가 단계</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kai::RoundResultsByRoundModel</name>
    <message>
        <source>%1 (pass/fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation type="unfinished">컨소시엄</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished">순위</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">결과</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>confidential</source>
        <comment>short marker in a table cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <comment>short marker in a table cell: an illustrative sample value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ScopedTableModel</name>
    <message>
        <source>Lead</source>
        <comment>주관기관</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <comment>참여기관</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::SourceTableModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>단일 출처</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>불확실</translation>
    </message>
</context>
<context>
    <name>kai::StageTableModel</name>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>계획 시작일</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>계획 종료일</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>실제 시작일</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>실제 종료일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Max. teams advancing</source>
        <translation>최대 통과 팀 수</translation>
    </message>
</context>
<context>
    <name>kai::app::CommandLine</name>
    <message>
        <source>Run kai-dashboard --help for usage.</source>
        <translation>사용법은 kai-dashboard --help 명령으로 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>kai::ui::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 · SQLite %3</source>
        <translation>버전 %1 · Qt %2 · SQLite %3</translation>
    </message>
    <message>
        <source>About K-AI Dashboard</source>
        <translation>K-AI 대시보드 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;K-AI Dashboard&lt;/h2&gt;&lt;p&gt;The Sovereign AI Foundation Model Project (Ministry of Science and ICT) at a glance.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;K-AI 대시보드&lt;/h2&gt;&lt;p&gt;과학기술정보통신부 독자 AI 파운데이션 모델 프로젝트 현황을 한눈에 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later. Figures marked as illustrative samples are not official.</source>
        <translation>GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포됩니다. 예시 데이터로 표시된 수치는 공식 수치가 아닙니다.</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>데이터 출처:</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
</context>
<context>
    <name>kai::ui::ConsortiaView</name>
    <message>
        <source>Consortia</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Every consortium that applied, its members by kind and its status as of the chosen date. Select a consortium for its full record; select a member for every consortium it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search consortia and organisations: Korean, English or initial consonants (e.g. ㅇㅅㅌㅇㅈ)  —  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search consortia and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters by Korean or English name, part of a name, or Korean initial consonants. Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia: column headings, click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between consortia; Enter opens the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia found: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · organisations found: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::ConsortiumDetailPanel</name>
    <message>
        <source>Status on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-consortium rule breached: %1 is also listed in another consortium for an overlapping period. Select it below to see where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no membership known on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a company listed in more than one consortium at the same time: this breaks the one-consortium rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice in the same consortium for an overlapping period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a consortium to see its members, models, GPUs and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see every consortium it has belonged to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a consortium to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member is known on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round result has been announced by this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model released by this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU allocation announced by this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::DetailSection</name>
    <message>
        <source>%1: column headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::ExportActions</name>
    <message>
        <source>&amp;Export Current View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Bilingual Twins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Briefing &amp;Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy View to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::ExportDialog</name>
    <message>
        <source>Export Briefing Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1280 × 720 (HD slide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (sharp on high-density screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean and English (bilingual twins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press hides confidential figures and internal notes and uses the light theme. Every export is stamped with its date, sources and data checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::FundingPanel</name>
    <message>
        <source>Government and private funding, KRW billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — illustrative samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRW billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (grade %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government and private funding per consortium and year. The government&apos;s share depends on the open-source grade (A: most open). Per-team amounts have not been published: rows marked illustrative are samples, not official figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation type="unfinished">컨소시엄</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-source grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Funding by consortium and year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::GpuImportDialog</name>
    <message>
        <source>Import GPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already present; %3 invalid rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database is read-only; open a writable one to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::GpuUsageView</name>
    <message>
        <source>GPU Usage</source>
        <translation>GPU 사용 현황</translation>
    </message>
    <message>
        <source>All consortia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All GPU models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the as-of date: %1 GPU-hours allocated, %2 used (%3), %4 remaining. In the chosen period and filters: %5 GPU-hours used, %6 H100-equivalent hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no allocation in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: under-used, %2 of the allocation (%3 GPU-hours left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the allocation (%3 GPU-hours left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: over allocation, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chosen period (under-use: below %1 of the allocation): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 H100 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-equivalent factors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours allocated and used per consortium up to the as-of date, raw and in H100 equivalents. Click a month&apos;s bar to see its days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some usage figures on this page are generated examples, not official data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consortium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From / to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation and use per consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours used per period and consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours used per consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated and used GPU-hours per consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated vs used in the chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation (hour-weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::MainWindow</name>
    <message>
        <source>K-AI Dashboard</source>
        <translation>K-AI 대시보드</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About K-AI Dashboard</source>
        <translation>K-AI 대시보드 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>기준일(&amp;A):</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Show the program as it was known on this date</source>
        <translation>이 날짜 시점에 파악된 사업 현황을 표시합니다</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Set the as-of date to today</source>
        <translation>기준일을 오늘로 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>표시 언어</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>열린 데이터베이스 없음</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>%1 기준 데이터</translation>
    </message>
    <message>
        <source>Includes illustrative sample data, not official figures</source>
        <translation>공식 수치가 아닌 예시 데이터 포함</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>데이터베이스 열기 실패</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>데이터베이스 업그레이드 완료</translation>
    </message>
    <message>
        <source>The database was upgraded to the current format. A copy of the previous version was saved as %1.</source>
        <translation>데이터베이스를 현재 형식으로 업그레이드했습니다. 이전 버전의 사본을 다음 파일로 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). It was opened read-only; nothing will be changed.</source>
        <translation>%1 파일에 쓸 수 없어(파일 또는 폴더가 읽기 전용) 읽기 전용으로 열었습니다. 파일은 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>K-AI Dashboard databases (*.sqlite *.db);;All files (*)</source>
        <translation>K-AI 대시보드 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>데이터베이스 읽기 실패</translation>
    </message>
    <message>
        <source>The data could not be read from %1: %2</source>
        <translation>%1 파일에서 데이터를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import GPU usage…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>종합 현황</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Teams left after each round</source>
        <translation>평가 단계별 남은 팀 수</translation>
    </message>
    <message>
        <source>Program calendar</source>
        <translation>사업 일정</translation>
    </message>
    <message>
        <source>Teams still in the competition</source>
        <translation>현재 경쟁 중인 팀</translation>
    </message>
    <message>
        <source>Teams in the competition</source>
        <translation>경쟁 중인 팀</translation>
    </message>
    <message>
        <source>%1 applied · %2 selected · %3 out</source>
        <translation>신청 %1 · 선정 %2 · 탈락 %3</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>다음 주요 일정</translation>
    </message>
    <message>
        <source>D-%1</source>
        <translation>D-%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No further stage is scheduled</source>
        <translation>예정된 다음 단계 없음</translation>
    </message>
    <message>
        <source>No allocation</source>
        <translation>할당 없음</translation>
    </message>
    <message>
        <source>%1 of %2 GPU-hours used</source>
        <translation>할당 %2 GPU 시간 중 %1 사용</translation>
    </message>
    <message>
        <source>GPU use this month</source>
        <translation>이번 달 GPU 가동률</translation>
    </message>
    <message>
        <source>GPU use to date</source>
        <translation>누적 GPU 가동률</translation>
    </message>
    <message>
        <source>Best performance vs frontier</source>
        <translation>프런티어 모델 대비 최고 성능</translation>
    </message>
    <message>
        <source>target met by %1 pt</source>
        <translation>목표 %1%p 초과 달성</translation>
    </message>
    <message>
        <source>%1 pt below the target</source>
        <translation>목표 대비 %1%p 미달</translation>
    </message>
    <message>
        <source>%1 vs %2 · %3</source>
        <translation>%2 대비 %1 · %3</translation>
    </message>
    <message>
        <source>No evaluated round yet</source>
        <translation>아직 평가 결과 없음</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>확정 사업비</translation>
    </message>
    <message>
        <source>Government %1 · private %2</source>
        <translation>정부 %1 · 민간 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>As known on %1 · target: %2 of the global frontier models&apos; performance</source>
        <translation>%1 기준 · 목표: 글로벌 프런티어 모델 대비 성능 %2</translation>
    </message>
</context>
<context>
    <name>kai::ui::RoundsView</name>
    <message>
        <source>Evaluation Rounds</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned from %1; no result known on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published %1 · %n consortia evaluated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n advanced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“confidential”: the score was not published. “sample”: an illustrative value made up for this dashboard, not an official figure. A dash: no score published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Bars at or above the %1 % target are solid with a full outline and marked ✓; bars below it are hatched with a dotted outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frozen reference or model scores are known for this round on the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank movement needs a consortium ranked in at least two rounds. Ranks published by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Consortia ranked in more than one round. Each point is labelled with the rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each selection and elimination round&apos;s results by criterion, performance against the frozen reference and the 95 % target, and a what-if simulation of the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished">평가 단계</translation>
    </message>
    <message>
        <source>&amp;Benchmark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the chosen round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if (simulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>추진 일정</translation>
    </message>
    <message>
        <source>The evaluation calendar from the June 2025 briefing to the end of 2027, with planned and actual dates.</source>
        <translation>2025년 6월 사업 설명회부터 2027년 말까지의 평가 일정을 계획일과 실제 일자로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Countdown to the next milestone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show months (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarters (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show years (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole program, June 2025 to December 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the program and one row per consortium. Tab moves between the rounds, Enter opens the results of one, plus and minus zoom, 0 fits the whole program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kai::ui::WhatIfPanel</name>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: scores missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out: failed a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would not advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points ahead of the first team out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points short of the last team in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of a single weight between 0 and 100 changes who advances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest change that changes who advances: %1 from %2 to %3 (%4 points). %5 would advance instead of %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams are tied at the cut line; all of them are counted as advancing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ranked: no score for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scores are illustrative samples, not official figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation — not an official result. Moving the weights changes nothing in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the pass/fail gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to official weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation type="unfinished">컨소시엄</translation>
    </message>
    <message>
        <source>Simulated rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to cut line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Weights of the scored criteria, in percent. Scores are scaled to each criterion&apos;s maximum; %n team(s) advance, as in the official result.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This round has no published criterion scores, so there is nothing to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (official %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (official %3), the sum of the weights below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights sum to %1 %; totals are rescaled to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
