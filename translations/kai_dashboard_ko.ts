<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AddAllocationCommand</name>
    <message>
        <source>add a GPU allocation for %1</source>
        <translation>%1 GPU 할당 추가</translation>
    </message>
    <message>
        <source>Must be more than 0, or choose “None allocated”.</source>
        <translation>0보다 커야 합니다. 배정이 없으면 “배정 없음”을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>AddConsortiumCommand</name>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>코드 %1은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>today (still a member)</source>
        <translation>현재(계속 참여 중)</translation>
    </message>
    <message>
        <source>%1 already belongs to %2 from %3 to %4: a company may be in only one consortium at a time.</source>
        <translation>%1은(는) %3부터 %4까지 %2에 속해 있습니다. 기업은 같은 기간에 하나의 컨소시엄에만 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>add consortium %1</source>
        <translation>컨소시엄 %1 추가</translation>
    </message>
    <message>
        <source>This organisation already leads %1.</source>
        <translation>이 기관은 이미 %1의 주관기관입니다.</translation>
    </message>
</context>
<context>
    <name>AddReleaseCommand</name>
    <message>
        <source>record release of %1</source>
        <translation>%1 공개 기록</translation>
    </message>
    <message>
        <source>Must be more than 0.</source>
        <translation>0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Must be more than 0 and at most the total parameters.</source>
        <translation>0보다 크고 전체 파라미터 수 이하여야 합니다.</translation>
    </message>
</context>
<context>
    <name>AddSourceCommand</name>
    <message>
        <source>add source %1</source>
        <translation>출처 %1 추가</translation>
    </message>
</context>
<context>
    <name>AddStageCommand</name>
    <message>
        <source>add stage %1</source>
        <translation>단계 %1 추가</translation>
    </message>
    <message>
        <source>Enter this field.</source>
        <translation>이 항목을 입력하십시오.</translation>
    </message>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>코드 %1은(는) 이미 사용 중입니다.</translation>
    </message>
</context>
<context>
    <name>ApplicantText</name>
    <message>
        <source>%1 applied in %2</source>
        <translation>%2년 공모 %1개 신청</translation>
    </message>
    <message>
        <source>%1 applied in %2, %3 more in the %4 additional call</source>
        <translation>%2년 공모 %1개, %4년 추가 공모 신규 %3개</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>신청 %1</translation>
    </message>
    <message>
        <source>%1+%2 applied</source>
        <comment>original call + additional call</comment>
        <translation>신청 %1+%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>No applicants announced yet</source>
        <translation>신청 현황 발표 전</translation>
    </message>
    <message>
        <source>%1 · %2 selected · %3 out</source>
        <translation>%1 · 선정 %2 · 탈락 %3</translation>
    </message>
    <message>
        <source>%1 applicants under %2</source>
        <translation>지원 컨소시엄 %1개 %2 진행 중</translation>
    </message>
    <message>
        <source>%1 shortlisted · %2 out</source>
        <translation>서면평가 통과 %1 · 탈락 %2</translation>
    </message>
    <message>
        <source>%1 applicants, none evaluated yet</source>
        <translation>지원 컨소시엄 %1개, 아직 평가 전</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not draw %1; nothing was written.</source>
        <translation>%1 파일의 내용을 그리지 못해 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written, and an older file there is unchanged.</source>
        <translation>%1 파일을 저장할 디스크가 가득 찼습니다. 아무것도 쓰지 않았으며, 그 위치에 있던 기존 파일은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>BriefingDeck</name>
    <message>
        <source>Briefing deck</source>
        <translation>브리핑 슬라이드</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>%1 기준 데이터</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>용도: %1</translation>
    </message>
    <message>
        <source>Table of %1: %2</source>
        <translation>%1 표: %2</translation>
    </message>
    <message>
        <source>Chart of %1: %2</source>
        <translation>%1 차트: %2</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>%1 Part %2 of %3.</source>
        <translation>%1 (%3쪽 중 %2쪽)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <source>Briefing pack</source>
        <translation>브리핑 자료집</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>%1 기준 데이터</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>용도: %1</translation>
    </message>
</context>
<context>
    <name>ChangeSentences</name>
    <message>
        <source>Evaluation Rounds</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>Consortia</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>추진 일정</translation>
    </message>
    <message>
        <source>GPU Usage</source>
        <translation>GPU 사용 현황</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>date joined</source>
        <translation>참여일</translation>
    </message>
    <message>
        <source>program</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>제공 기관</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>기간 시작일</translation>
    </message>
    <message>
        <source>%1 (rank %2)</source>
        <translation>%1(%2위)</translation>
    </message>
    <message>
        <source>%1: %2 set to %3.</source>
        <translation>%1: %2 지정(%3).</translation>
    </message>
    <message>
        <source>%1: %2 cleared (was %3).</source>
        <translation>%1: %2 삭제(기존 %3).</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1: %2 변경(%3 → %4).</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 추가.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 삭제.</translation>
    </message>
    <message>
        <source>The result of %1 in %2 was removed.</source>
        <translation>%2: %1 결과 삭제.</translation>
    </message>
    <message>
        <source>%1 advanced in %2.</source>
        <translation>%2: %1 통과.</translation>
    </message>
    <message>
        <source>%1 was eliminated in %2.</source>
        <translation>%2: %1 탈락.</translation>
    </message>
    <message>
        <source>%1 withdrew from %2.</source>
        <translation>%2: %1 철회.</translation>
    </message>
    <message>
        <source>%1 takes part in %2; the result is pending.</source>
        <translation>%2: %1 참여, 결과 발표 전.</translation>
    </message>
    <message>
        <source>Rank %1.</source>
        <translation>%1위.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 joined %2 as %3 on %4.</source>
        <translation>%1, %4 %2에 %3으로 합류.</translation>
    </message>
    <message>
        <source>%1 left %2 on %3.</source>
        <translation>%1, %3 %2에서 탈퇴.</translation>
    </message>
    <message>
        <source>%1 is no longer listed as a member of %2.</source>
        <translation>%1, %2 구성원 목록에서 삭제.</translation>
    </message>
    <message>
        <source>%1 released the model %2 on %3.</source>
        <translation>%1, %3 모델 %2 공개.</translation>
    </message>
    <message>
        <source>The model %1 was removed.</source>
        <translation>모델 %1 삭제.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>모델 %1</translation>
    </message>
    <message>
        <source>Stage %1 was added (%2 to %3).</source>
        <translation>단계 추가: %1(%2~%3).</translation>
    </message>
    <message>
        <source>Stage %1 was removed.</source>
        <translation>단계 삭제: %1.</translation>
    </message>
    <message>
        <source>%1: %2 moved from %3 to %4.</source>
        <translation>%1: %2 변경(%3 → %4).</translation>
    </message>
    <message>
        <source>%1: new allocation of %2 × %3 GPUs from %4, %5 to %6.</source>
        <translation>%1: %4 GPU 신규 할당 %3 %2장(%5~%6).</translation>
    </message>
    <message>
        <source>%1: the GPU allocation starting %2 was removed.</source>
        <translation>%1: %2 시작 GPU 할당 삭제.</translation>
    </message>
    <message>
        <source>%1, GPU allocation starting %2</source>
        <translation>%1의 %2 시작 GPU 할당</translation>
    </message>
    <message>
        <source>Source added: %1.</source>
        <translation>출처 추가: %1.</translation>
    </message>
    <message>
        <source>Source added: %1, published %2.</source>
        <translation>출처 추가: %1(%2 발표).</translation>
    </message>
    <message>
        <source>Source removed: %1.</source>
        <translation>출처 삭제: %1.</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>The results of %1 were sealed on %2.</source>
        <translation>%1 결과 확정: %2.</translation>
    </message>
    <message>
        <source>The result of %1 in %2 was corrected on %3: %4 instead of %5.</source>
        <translation>%2의 %1 결과 정정(%3): %5 → %4.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>사유: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU usage import(s) added %1 rows of usage from %2 to %3.</source>
        <translation>
            <numerusform>GPU 사용량 가져오기 %n건: %2~%3 사용 기록 %1행 추가.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU usage import(s) added %1 rows.</source>
        <translation>
            <numerusform>GPU 사용량 가져오기 %n건: 사용 기록 %1행 추가.</numerusform>
        </translation>
    </message>
    <message>
        <source>the exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <source>the month only</source>
        <translation>월까지만</translation>
    </message>
    <message>
        <source>the year only</source>
        <translation>연도까지만</translation>
    </message>
    <message>
        <source>a programme output</source>
        <translation>사업 결과물</translation>
    </message>
    <message>
        <source>the company&apos;s own release</source>
        <translation>기업 자체 공개</translation>
    </message>
    <message>
        <source>%1 released the model %2 in %3.</source>
        <translation>%1, %3 모델 %2 공개.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>미통과</translation>
    </message>
    <message>
        <source>Criterion ‘%1’ of %2 in %3 was corrected on %4 from %5 to %6.</source>
        <translation>%3의 %2 ‘%1’ 점수 정정(%4): %5 → %6.</translation>
    </message>
    <message>
        <source>approximate (&quot;about&quot;)</source>
        <translation>근사치(“약”)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확한 수치</translation>
    </message>
    <message>
        <source>%1: no GPUs allocated from %2 to %3, as the source says.</source>
        <translation>%1: 출처에 따르면 %2부터 %3까지 배정된 GPU 없음.</translation>
    </message>
    <message>
        <source>%1: new allocation of about %2 × %3 GPUs from %4, %5 to %6.</source>
        <translation>%1: %4의 %3 GPU 약 %2장 신규 배정, %5부터 %6까지.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDatesCommand</name>
    <message>
        <source>mark %1 announced</source>
        <translation>%1 실제 일정 발표 기록</translation>
    </message>
    <message>
        <source>change the dates of %1</source>
        <translation>%1 일정 변경</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>이 단계는 더 이상 존재하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <source>kai-dashboard changes: %1</source>
        <translation>kai-dashboard changes: %1</translation>
    </message>
    <message>
        <source>kai-dashboard changes: no export in the register of %1 has the data checksum %2. The checksum is printed on each export&apos;s stamp; the Change history window lists the register.</source>
        <translation>kai-dashboard changes: %1의 내보내기 등록부에 데이터 체크섬이 %2인 내보내기가 없습니다. 체크섬은 각 내보내기의 출처 표시에 인쇄되어 있으며, 등록부는 변경 이력 창에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>kai-dashboard changes: %1 could not be read: %2</source>
        <translation>kai-dashboard changes: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ChangesSince</name>
    <message>
        <source>Changes since %1</source>
        <translation>%1 이후 변경 사항</translation>
    </message>
    <message>
        <source>Changes since the briefing of %1 %2 UTC (%3, data checksum %4)</source>
        <translation>%1 %2(UTC) 브리핑 이후 변경 사항(%3, 데이터 체크섬 %4)</translation>
    </message>
    <message>
        <source>Nothing has changed since then.</source>
        <translation>그 이후 변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>This database has no change log (it was written by an older version), so only seals and corrections can be listed.</source>
        <translation>이 데이터베이스에는 변경 기록이 없어(이전 버전에서 작성됨) 결과 확정과 정정만 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing has changed since then: the data&apos;s checksum is still %1.</source>
        <translation>그 이후 변경 사항이 없습니다. 데이터 체크섬이 여전히 %1입니다.</translation>
    </message>
    <message>
        <source>The data differs from that briefing&apos;s (checksum %1 then, %2 now), but the change log records no change since: another program has written to the file. Compare a copy of the database the briefing was made from with kai-dashboard diff.</source>
        <translation>데이터가 해당 브리핑 당시와 다르지만(당시 체크섬 %1, 현재 %2) 그 이후의 변경 기록이 없습니다. 다른 프로그램이 파일을 수정한 것입니다. 브리핑 당시 데이터베이스의 사본과 kai-dashboard diff로 비교하십시오.</translation>
    </message>
    <message>
        <source>Briefing of %1 %2 UTC: %3 (%4)</source>
        <translation>%1 %2(UTC) 브리핑: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message>
        <source>Changes since the last briefing</source>
        <translation>지난 브리핑 이후 변경 사항</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>안내</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: no figures to show.</source>
        <translation>%1: 표시할 수치가 없습니다.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n series: %1</source>
        <translation>
            <numerusform>계열 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>highest total: %1, %2</source>
        <translation>최고 합계: %1, %2</translation>
    </message>
    <message>
        <source>highest: %1, %2</source>
        <translation>최고: %1, %2</translation>
    </message>
    <message>
        <source>lowest total: %1, %2</source>
        <translation>최저 합계: %1, %2</translation>
    </message>
    <message>
        <source>lowest: %1, %2</source>
        <translation>최저: %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2위)</translation>
    </message>
    <message>
        <source>%1, %2; latest rank: %3.</source>
        <translation>%1, %2; 최근 순위: %3.</translation>
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
    <message>
        <source>kai-dashboard check: %1 is read-only; the rollup cannot be rebuilt.</source>
        <translation>kai-dashboard check: %1은(는) 읽기 전용이어서 집계를 다시 만들 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: rebuilt the daily GPU usage rollup from the samples (%n difference(s) found).</source>
        <translation>
            <numerusform>%1: 원시 표본으로 일별 GPU 사용량 집계를 다시 만들었습니다(차이 %n건).</numerusform>
        </translation>
    </message>
    <message>
        <source>kai-dashboard check: the rollup of %1 could not be rebuilt; the database is unchanged: %2</source>
        <translation>kai-dashboard check: %1의 집계를 다시 만들지 못했습니다. 데이터베이스는 바뀌지 않았습니다: %2</translation>
    </message>
    <message>
        <source>kai-dashboard check: %1 was written by an older K-AI Dashboard and must be upgraded before it can be checked. Run kai-dashboard check --upgrade --db %1 to upgrade it (a backup copy is written next to it first), or open it in the window. It was not modified.</source>
        <translation>kai-dashboard check: %1 파일은 이전 버전의 K-AI 대시보드에서 작성되어 점검하기 전에 업그레이드해야 합니다. kai-dashboard check --upgrade --db %1 명령으로 업그레이드하거나(먼저 같은 폴더에 백업 사본을 만듭니다) 창에서 여십시오. 파일은 변경되지 않았습니다.</translation>
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
        <translation>export 명령에는 위치 인수를 지정할 수 없습니다. 파일은 --out 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>--%1 applies only to the export command.</source>
        <translation>--%1 옵션은 export 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>import-gpu-usage: import nothing if any row is invalid.</source>
        <translation>import-gpu-usage: 잘못된 행이 하나라도 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>import-gpu-usage writes to the database and cannot run with --read-only.</source>
        <translation>import-gpu-usage 명령은 데이터베이스에 기록하므로 --read-only 옵션과 함께 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>--strict applies only to the import-gpu-usage command.</source>
        <translation>--strict 옵션은 import-gpu-usage 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>check: rebuild the daily GPU usage rollup from the samples first.</source>
        <translation>check: 먼저 원시 표본으로 일별 GPU 사용량 집계를 다시 만듭니다.</translation>
    </message>
    <message>
        <source>--repair-rollup applies only to the check command.</source>
        <translation>--repair-rollup은 check 명령에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>check --repair-rollup writes to the database and cannot run with --read-only.</source>
        <translation>check --repair-rollup은 데이터베이스에 쓰므로 --read-only와 함께 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>The argument &apos;%1&apos; is not valid UTF-8 (\xNN marks the bytes that are not). Qt reads file names and arguments as UTF-8 on this system, so a file with this name can be neither opened nor written under its real name. Rename the file (for example with convmv) and try again.</source>
        <translation>인수 &apos;%1&apos;은(는) 올바른 UTF-8이 아닙니다(\xNN은 UTF-8이 아닌 바이트를 나타냄). 이 시스템에서 Qt는 파일 이름과 인수를 UTF-8로 읽으므로 이런 이름의 파일은 실제 이름으로 열거나 쓸 수 없습니다. 파일 이름을 바꾼 뒤(예: convmv 사용) 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>check: upgrade a database of an older version first (a backup copy is written next to it).</source>
        <translation>check: 이전 버전의 데이터베이스를 먼저 업그레이드합니다(같은 폴더에 백업 사본을 만듭니다).</translation>
    </message>
    <message>
        <source>--upgrade applies only to the check command.</source>
        <translation>--upgrade 옵션은 check 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>check --upgrade writes to the database and cannot run with --read-only.</source>
        <translation>check --upgrade는 데이터베이스에 기록하므로 --read-only 옵션과 함께 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>--since applies only to the history command.</source>
        <translation>--since는 history 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>history takes no arguments; use --db FILE to name the database.</source>
        <translation>history는 인수를 받지 않습니다. 데이터베이스는 --db 파일로 지정하십시오.</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--since에는 &apos;%1&apos;이(가) 아니라 YYYY-MM-DD 형식의 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>history --format takes text, csv or json, not &apos;%1&apos;.</source>
        <translation>history --format은 &apos;%1&apos;이(가) 아니라 text, csv, json 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>history only reads the database; it takes --since, --format, --db and --lang.</source>
        <translation>history는 데이터베이스를 읽기만 합니다. --since, --format, --db, --lang만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>  check    verify integrity, schema version and the program&apos;s rules; exit 1 when problems are found</source>
        <translation>  check    무결성, 스키마 버전, 사업 규칙을 점검합니다. 문제가 있으면 종료 코드 1을 반환합니다</translation>
    </message>
    <message>
        <source>  history [--since YYYY-MM-DD] [--format text|csv|json]
           print the change log: who changed what, when and why</source>
        <translation>  history [--since YYYY-MM-DD] [--format text|csv|json]
           변경 이력을 출력합니다: 누가 언제 무엇을 왜 바꾸었는지</translation>
    </message>
    <message>
        <source>K-AI Dashboard: the Sovereign AI Foundation Model Project at a glance.</source>
        <translation>K-AI 대시보드: 독자 AI 파운데이션 모델 프로젝트 현황을 한눈에 보여 줍니다.</translation>
    </message>
    <message>
        <source>Commands (run without a window):</source>
        <translation>명령(창 없이 실행):</translation>
    </message>
    <message>
        <source>  export   draw a view or the briefing pack to PNG, SVG or PDF, the tables to XLSX or the briefing deck to PPTX, without a display (--view --lang ko|en|both --format --size --scale --press --as-of --out)</source>
        <translation>  export   디스플레이 없이 화면 또는 브리핑 자료집을 PNG, SVG, PDF로, 표를 XLSX로, 브리핑 슬라이드를 PPTX로 내보냅니다(--view --lang ko|en|both --format --size --scale --press --as-of --out)</translation>
    </message>
    <message>
        <source>  import-gpu-usage FILE [--strict] [--sheet NAME]
           import a GPU usage CSV or XLSX workbook in one transaction; exit 1 when rows were skipped</source>
        <translation>  import-gpu-usage 파일 [--strict] [--sheet 시트]
           GPU 사용량 CSV 파일 또는 XLSX 통합 문서를 하나의 트랜잭션으로 가져옵니다. 건너뛴 행이 있으면 종료 코드 1을 반환합니다</translation>
    </message>
    <message>
        <source>import-gpu-usage: read the sheet NAME of an .xlsx workbook instead of the first.</source>
        <translation>import-gpu-usage: .xlsx 통합 문서의 첫 시트 대신 이름이 NAME인 시트를 읽습니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>import-gpu-usage takes exactly one CSV or XLSX file; use --db FILE to name the database.</source>
        <translation>import-gpu-usage 명령에는 CSV 또는 XLSX 파일을 하나만 지정해야 합니다. 데이터베이스는 --db 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>--sheet applies only to the import-gpu-usage command.</source>
        <translation>--sheet 옵션은 import-gpu-usage 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>  make-review-copy --out FILE [--as-of DATE]
           write a read-only review copy of the database with a manifest</source>
        <translation>  make-review-copy --out 파일 [--as-of 날짜]
           매니페스트를 포함한 읽기 전용 검토용 사본을 만듭니다</translation>
    </message>
    <message>
        <source>  export-notes --out FILE
           write the reviewers&apos; notes kept beside the database to a JSON file to send back</source>
        <translation>  export-notes --out 파일
           데이터베이스 옆에 보관된 검토 의견을 회신용 JSON 파일로 씁니다</translation>
    </message>
    <message>
        <source>  merge-notes FILE...
           bring reviewers&apos; notes (JSON) into the database as open notes</source>
        <translation>  merge-notes 파일...
           검토 의견(JSON)을 미처리 의견으로 데이터베이스에 병합합니다</translation>
    </message>
    <message>
        <source>history: only changes on or after this day.</source>
        <translation>history: 이 날짜 이후의 변경만 표시합니다.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>check: run the full integrity check and re-read every GPU usage row for every rule (slower).</source>
        <translation>check: 전체 무결성 검사를 실행하고 모든 규칙에 대해 GPU 사용량 행을 모두 다시 읽습니다(더 느림).</translation>
    </message>
    <message>
        <source>--full applies only to the check command.</source>
        <translation>--full 옵션은 check 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>  init --db postgresql://HOST/DBNAME [--sample]
           create the schema on an empty PostgreSQL database, with --sample the sample data too</source>
        <translation>  init --db postgresql://호스트/DB이름 [--sample]
           빈 PostgreSQL 데이터베이스에 스키마를 만듭니다. --sample을 지정하면 예시 데이터도 넣습니다</translation>
    </message>
    <message>
        <source>init: copy the embedded sample data into the new database.</source>
        <translation>init: 내장된 예시 데이터를 새 데이터베이스에 복사합니다.</translation>
    </message>
    <message>
        <source>--sample applies only to the init command.</source>
        <translation>--sample 옵션은 init 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>init takes no arguments; use --db postgresql://HOST/DBNAME to name the server database.</source>
        <translation>init 명령에는 인수를 지정할 수 없습니다. 서버 데이터베이스는 --db postgresql://호스트/DB이름 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>  changes --since YYYY-MM-DD | --since-export CHECKSUM
           list in plain sentences what changed since a day or a registered briefing</source>
        <translation>  changes --since YYYY-MM-DD | --since-export 체크섬
           지정한 날짜 또는 등록된 브리핑 이후 바뀐 내용을 문장으로 나열합니다</translation>
    </message>
    <message>
        <source>changes: since the export whose stamp shows this data checksum.</source>
        <translation>changes: 출처 표시에 이 데이터 체크섬이 있는 내보내기 이후의 변경을 나열합니다.</translation>
    </message>
    <message>
        <source>CHECKSUM</source>
        <translation>체크섬</translation>
    </message>
    <message>
        <source>--since-export applies only to the changes command.</source>
        <translation>--since-export 옵션은 changes 명령에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>changes takes no arguments; use --db FILE to name the database.</source>
        <translation>changes 명령에는 인수를 지정할 수 없습니다. 데이터베이스는 --db 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>changes needs exactly one of --since YYYY-MM-DD and --since-export CHECKSUM.</source>
        <translation>changes 명령에는 --since YYYY-MM-DD와 --since-export 체크섬 중 정확히 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--since-export needs the 8-digit data checksum printed on an export&apos;s stamp, not &apos;%1&apos;.</source>
        <translation>--since-export에는 &apos;%1&apos;이(가) 아니라 내보내기의 출처 표시에 인쇄된 8자리 데이터 체크섬이 필요합니다.</translation>
    </message>
    <message>
        <source>changes only reads the database; it takes --since or --since-export, --db and --lang.</source>
        <translation>changes 명령은 데이터베이스를 읽기만 합니다. --since 또는 --since-export, --db, --lang만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>  diff A B
           list what differs between two databases (files or postgresql:// servers), fact by fact; exit 1 when they differ</source>
        <translation>  diff A B
           두 데이터베이스(파일 또는 postgresql:// 서버)의 차이를 사실 단위로 나열합니다. 다르면 종료 코드 1을 반환합니다</translation>
    </message>
    <message>
        <source>diff compares exactly two databases: kai-dashboard diff A.sqlite B.sqlite (a file or a postgresql:// server each).</source>
        <translation>diff는 데이터베이스 정확히 두 개를 비교합니다: kai-dashboard diff A.sqlite B.sqlite (각각 파일 또는 postgresql:// 서버).</translation>
    </message>
    <message>
        <source>diff compares the two databases it names; --db does not apply.</source>
        <translation>diff는 지정한 두 데이터베이스를 비교하므로 --db는 적용되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ConsortiaSlide</name>
    <message>
        <source>Consortia</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>%1; %2 still compete</source>
        <translation>%1, %2개 경쟁 중</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>applicants · as of</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1; %2 under review</source>
        <translation>%1, %2개 심사 중</translation>
    </message>
</context>
<context>
    <name>CorrectionPlan</name>
    <message>
        <source>Only a correction note proposes a value to accept.</source>
        <translation>수정 의견만 반영할 값을 제안합니다.</translation>
    </message>
    <message>
        <source>The note is already closed.</source>
        <translation>이미 종결된 의견입니다.</translation>
    </message>
    <message>
        <source>The note names no item this version knows.</source>
        <translation>이 버전이 알지 못하는 항목에 대한 의견입니다.</translation>
    </message>
    <message>
        <source>There is no form to change this kind of item; make the change by hand and resolve the note with a reason.</source>
        <translation>이 종류의 항목을 바꾸는 입력 양식이 없습니다. 직접 수정한 뒤 사유를 적어 의견을 처리 완료하십시오.</translation>
    </message>
    <message>
        <source>GPU usage comes from imports: import the corrected usage and resolve the note with a reason.</source>
        <translation>GPU 사용량은 가져오기로 입력됩니다. 수정된 사용량을 가져온 뒤 사유를 적어 의견을 처리 완료하십시오.</translation>
    </message>
    <message>
        <source>The item of this note no longer exists in this database.</source>
        <translation>이 의견의 항목이 이 데이터베이스에 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>CorrectionText</name>
    <message>
        <source>Corrected %1</source>
        <translation>정정 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>총점 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1(출처: %2)</translation>
    </message>
    <message>
        <source>Originally: %1</source>
        <translation>정정 전: %1</translation>
    </message>
    <message>
        <source>Source of the correction: %1</source>
        <translation>정정 출처: %1</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>내부 메모: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미통과</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Total not corrected after a criterion score was corrected</source>
        <translation>항목 점수 정정 후 총점 미정정</translation>
    </message>
    <message>
        <source>Total not corrected; criteria now sum to %1</source>
        <translation>총점 미정정, 항목 점수 합계는 현재 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not corrected after a sub-criterion score was corrected</source>
        <translation>세부 항목 점수 정정 후 미정정</translation>
    </message>
    <message>
        <source>Not corrected; sub-criteria now sum to %1</source>
        <translation>미정정, 세부 항목 점수 합계는 현재 %1</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
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
    <message>
        <source>%1 is in a folder that cannot be written, so it was opened read-only as it is now; changes made to it by another program while it is open are not seen.</source>
        <translation>%1 파일이 쓰기가 불가능한 폴더에 있어 현재 상태 그대로 읽기 전용으로 열었습니다. 열려 있는 동안 다른 프로그램이 변경한 내용은 보이지 않습니다.</translation>
    </message>
    <message>
        <source>%1 was upgraded to the current format; the previous version was saved as %2 (the newest %3 such copies are kept).</source>
        <translation>%1 파일을 현재 형식으로 업그레이드했습니다. 이전 버전은 %2 파일로 저장했습니다(이러한 사본은 최신 %3개만 보관합니다).</translation>
    </message>
    <message>
        <source>%1 is a review copy; it was opened read-only so that it stays as it was issued.</source>
        <translation>%1 파일은 검토용 사본이므로 배포된 상태 그대로 유지되도록 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>This is not available on a server database yet; use an SQLite file for it.</source>
        <translation>이 기능은 아직 서버 데이터베이스에서 사용할 수 없습니다. SQLite 파일에서 사용하십시오.</translation>
    </message>
    <message>
        <source>This K-AI Dashboard was built without PostgreSQL support; open an SQLite file instead.</source>
        <translation>이 K-AI 대시보드는 PostgreSQL 지원 없이 빌드되었습니다. SQLite 파일을 여십시오.</translation>
    </message>
    <message>
        <source>%1 already has schema version %2.</source>
        <translation>%1에는 이미 스키마 버전 %2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%1 now has schema version %2 (it had %3).</source>
        <translation>%1의 스키마를 버전 %2(으)로 만들었습니다(이전 버전: %3).</translation>
    </message>
    <message>
        <source>%1 already holds program data; the sample is only copied into an empty database.</source>
        <translation>%1에는 이미 사업 데이터가 있습니다. 예시 데이터는 빈 데이터베이스에만 복사합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The sample data was copied into it (%n row(s)).</source>
        <translation>
            <numerusform>예시 데이터를 복사했습니다(%n행).</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 may only read %2: editing is off.</source>
        <translation>%1 역할은 %2을(를) 읽기만 할 수 있어 편집이 꺼져 있습니다.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInspector</name>
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
    <message>
        <source>%1 has changes that are not yet merged into the file (in its -wal file), and its folder is read-only, so they cannot be read. Copy the database together with its -wal file to a writable folder, or make the folder writable; nothing was changed.</source>
        <translation>%1 파일에는 아직 파일에 반영되지 않은 변경 내용(-wal 파일)이 있는데 폴더가 읽기 전용이어서 읽을 수 없습니다. 데이터베이스를 -wal 파일과 함께 쓰기 가능한 폴더로 복사하거나 폴더를 쓰기 가능하게 하십시오. 아무것도 변경하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DefineRoundCriteriaCommand</name>
    <message>
        <source>define the criteria of %1</source>
        <translation>%1 평가 기준 정의</translation>
    </message>
    <message>
        <source>The code %1 is used twice.</source>
        <translation>코드 %1이(가) 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>A scored criterion needs a maximum above 0.</source>
        <translation>점수를 매기는 기준에는 0보다 큰 배점이 필요합니다.</translation>
    </message>
    <message>
        <source>A recorded score of %1 is above this maximum.</source>
        <translation>기록된 점수 %1이(가) 이 배점을 넘습니다.</translation>
    </message>
    <message>
        <source>%1 has recorded scores and cannot be removed.</source>
        <translation>%1에는 기록된 점수가 있어 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>kai-dashboard diff: %1</source>
        <translation>kai-dashboard diff: %1</translation>
    </message>
    <message>
        <source>kai-dashboard diff: %1 and %2 could not be compared: %3</source>
        <translation>kai-dashboard diff: %1와(과) %2을(를) 비교할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same data.</source>
        <translation>%1와(과) %2의 데이터가 같습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ in %n fact(s):</source>
        <translation>
            <numerusform>%1와(과) %2은(는) 사실 %n건이 다릅니다:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffSentences</name>
    <message>
        <source>Program</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>참여</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Round result</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>Evaluation criterion</source>
        <translation>평가 항목</translation>
    </message>
    <message>
        <source>Criterion score</source>
        <translation>항목 점수</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Released model</source>
        <translation>공개 모델</translation>
    </message>
    <message>
        <source>Model score</source>
        <translation>모델 점수</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>GPU provider</source>
        <translation>GPU 공급사</translation>
    </message>
    <message>
        <source>GPU allocation</source>
        <translation>GPU 배분</translation>
    </message>
    <message>
        <source>GPU usage</source>
        <translation>GPU 사용량</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>지원금</translation>
    </message>
    <message>
        <source>Sealed round</source>
        <translation>확정된 평가</translation>
    </message>
    <message>
        <source>Result correction</source>
        <translation>결과 정정</translation>
    </message>
    <message>
        <source>Registered export</source>
        <translation>등록된 내보내기</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한글 제목</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>ministry (Korean)</source>
        <translation>부처(한글)</translation>
    </message>
    <message>
        <source>ministry (English)</source>
        <translation>부처(영문)</translation>
    </message>
    <message>
        <source>target relative to the frontier (%)</source>
        <translation>프런티어 대비 목표(%)</translation>
    </message>
    <message>
        <source>most teams selected</source>
        <translation>최대 선정 팀 수</translation>
    </message>
    <message>
        <source>final teams</source>
        <translation>최종 팀 수</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>English name verified</source>
        <translation>영문 이름 확인 여부</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>주관기관</translation>
    </message>
    <message>
        <source>application date</source>
        <translation>신청일</translation>
    </message>
    <message>
        <source>announcement date</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>date left</source>
        <translation>탈퇴일</translation>
    </message>
    <message>
        <source>order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>계획 시작일</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>계획 종료일</translation>
    </message>
    <message>
        <source>date the plan was announced</source>
        <translation>계획 발표일</translation>
    </message>
    <message>
        <source>actual start</source>
        <translation>실제 시작일</translation>
    </message>
    <message>
        <source>actual end</source>
        <translation>실제 종료일</translation>
    </message>
    <message>
        <source>date the actual dates were announced</source>
        <translation>실제 일정 발표일</translation>
    </message>
    <message>
        <source>most teams advancing</source>
        <translation>최대 통과 팀 수</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>주요 일정 여부</translation>
    </message>
    <message>
        <source>certainty of the planned dates</source>
        <translation>계획 일정의 확실성</translation>
    </message>
    <message>
        <source>contradicting source</source>
        <translation>상충하는 출처</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>탈락·이탈 사유</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>total confidential</source>
        <translation>총점 비공개 여부</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>internal note (Korean)</source>
        <translation>내부 메모(한글)</translation>
    </message>
    <message>
        <source>internal note (English)</source>
        <translation>내부 메모(영문)</translation>
    </message>
    <message>
        <source>source of the total</source>
        <translation>총점 출처</translation>
    </message>
    <message>
        <source>parent criterion</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>maximum points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>pass/fail gate</source>
        <translation>통과/탈락 기준 여부</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과 여부</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>비공개 여부</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>reference model</source>
        <translation>기준 모델</translation>
    </message>
    <message>
        <source>reference score</source>
        <translation>기준 점수</translation>
    </message>
    <message>
        <source>date frozen</source>
        <translation>고정일</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>parameters (billions)</source>
        <translation>매개변수(10억 개)</translation>
    </message>
    <message>
        <source>active parameters (billions)</source>
        <translation>활성 매개변수(10억 개)</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>공개일</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>licence (Korean)</source>
        <translation>라이선스(한글)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>H100 equivalent</source>
        <translation>H100 환산 계수</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>기간 종료일</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>표본 수</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 시간</translation>
    </message>
    <message>
        <source>content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>government funding (KRW)</source>
        <translation>정부 지원금(원)</translation>
    </message>
    <message>
        <source>private funding (KRW)</source>
        <translation>민간 부담금(원)</translation>
    </message>
    <message>
        <source>open-source grade</source>
        <translation>오픈소스 등급</translation>
    </message>
    <message>
        <source>sealing date</source>
        <translation>확정일</translation>
    </message>
    <message>
        <source>time sealed</source>
        <translation>확정 시각</translation>
    </message>
    <message>
        <source>reason (Korean)</source>
        <translation>사유(한글)</translation>
    </message>
    <message>
        <source>reason (English)</source>
        <translation>사유(영문)</translation>
    </message>
    <message>
        <source>time recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <source>view</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>체크섬</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 is only in %2.</source>
        <translation>%1은(는) %2에만 있습니다.</translation>
    </message>
    <message>
        <source>%1 differs in its details (rows with the same totals but other values).</source>
        <translation>%1의 세부 내용이 다릅니다(합계는 같지만 값이 다른 행이 있음).</translation>
    </message>
    <message>
        <source>%1: %2 is %3 in %4 and %5 in %6.</source>
        <translation>%1: %2은(는) %4에서 %3, %6에서 %5입니다.</translation>
    </message>
    <message>
        <source>precision of the publication date</source>
        <translation>발행일의 정밀도</translation>
    </message>
    <message>
        <source>precision of the release date</source>
        <translation>공개일의 정밀도</translation>
    </message>
    <message>
        <source>programme output</source>
        <translation>사업 결과물 여부</translation>
    </message>
    <message>
        <source>Criterion score correction</source>
        <translation>항목 점수 정정</translation>
    </message>
    <message>
        <source>Round reference model</source>
        <translation>평가 기준 모델</translation>
    </message>
    <message>
        <source>precision of the actual start</source>
        <translation>실제 시작일의 정밀도</translation>
    </message>
    <message>
        <source>precision of the GPU count</source>
        <translation>GPU 수의 정확도</translation>
    </message>
    <message>
        <source>company&apos;s own claim</source>
        <translation>기업 자체 발표</translation>
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
        <source>Below the cut line</source>
        <translation>평가 점수 미달</translation>
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
    <message>
        <source>Result pending</source>
        <translation>결과 발표 전</translation>
    </message>
    <message>
        <source>Independence criterion not met</source>
        <translation>독자성 기준 미충족</translation>
    </message>
    <message>
        <source>company figure, not independently verified</source>
        <translation>기업 자체 발표 수치, 독립 검증 안 됨</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Enter this field.</source>
        <translation>이 항목을 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing was changed.</source>
        <translation>%1은(는) 읽기 전용으로 열려 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Must be after %1.</source>
        <translation>%1 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>%1 또는 그 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the title in Korean or English.</source>
        <translation>제목을 한국어나 영어로 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose confirmed, single source or uncertain.</source>
        <translation>확인, 단일 출처, 불확실 중 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Every fact needs a source: choose one or add one.</source>
        <translation>모든 사실에는 출처가 필요합니다. 출처를 선택하거나 추가하십시오.</translation>
    </message>
    <message>
        <source>This source no longer exists.</source>
        <translation>이 출처는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The illustrative sample source cannot be cited for a new fact.</source>
        <translation>새 사실에는 예시 데이터 출처를 인용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This edit has already been saved.</source>
        <translation>이 수정은 이미 저장되었습니다.</translation>
    </message>
    <message>
        <source>The database refused the change: %1. Nothing was saved.</source>
        <translation>데이터베이스가 변경을 거부했습니다: %1. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>This edit was never saved.</source>
        <translation>이 수정은 저장된 적이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: someone else has changed this %3 (%4) since. Nothing was changed.</source>
        <translation>“%1”을(를) %2할 수 없습니다. 그 사이 다른 사람이 이 %3(%4)을(를) 변경했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2. Nothing was changed.</source>
        <translation>“%1”을(를) 기록하지 못했습니다: %2. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” has been shown in an export since, so it is part of what was published and can no longer be undone; record a correction instead.</source>
        <translation>“%1”은(는) 그 뒤 내보내기에 포함되어 공개된 내용이 되었으므로 더 이상 실행 취소할 수 없습니다. 대신 정정을 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>EndAllocationCommand</name>
    <message>
        <source>end a GPU allocation of %1</source>
        <translation>%1 GPU 할당 종료</translation>
    </message>
    <message>
        <source>This allocation no longer exists.</source>
        <translation>이 할당은 더 이상 존재하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ExportArguments</name>
    <message>
        <source>VIEW</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>export: logical size WxH in pixels (default 1920x1080).</source>
        <translation>export: 논리 크기를 픽셀 단위 가로x세로로 지정합니다(기본값 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>가로x세로</translation>
    </message>
    <message>
        <source>export: pixel scale of PNG output, 1, 2 or 3 (default 1).</source>
        <translation>export: PNG 출력 배율을 지정합니다(1, 2, 3 중 하나, 기본값 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>export: press profile; hides confidential figures and internal notes.</source>
        <translation>export: 보도용으로 내보냅니다. 비공개 수치와 내부 메모를 숨깁니다.</translation>
    </message>
    <message>
        <source>export: show the data as known on DATE (YYYY-MM-DD).</source>
        <translation>export: 지정한 날짜(YYYY-MM-DD) 시점에 파악된 데이터를 표시합니다.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: 저장할 파일을 지정합니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>export needs --view (%1 or pack).</source>
        <translation>export 명령에는 --view 옵션(%1 또는 pack)을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use ko, en or both.</source>
        <translation>알 수 없는 언어입니다: &apos;%1&apos;. ko, en, both 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>The briefing pack is a PDF; use --format pdf.</source>
        <translation>브리핑 자료집은 PDF로만 내보낼 수 있습니다. --format pdf를 지정하십시오.</translation>
    </message>
    <message>
        <source>Bad size &apos;%1&apos;; write it as WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>잘못된 크기입니다: &apos;%1&apos;. 가로x세로 형식으로 지정하십시오(예: 1920x1080).</translation>
    </message>
    <message>
        <source>Bad scale &apos;%1&apos;; use 1, 2 or 3.</source>
        <translation>잘못된 배율입니다: &apos;%1&apos;. 1, 2, 3 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>Bad date &apos;%1&apos;; write it as YYYY-MM-DD.</source>
        <translation>잘못된 날짜입니다: &apos;%1&apos;. YYYY-MM-DD 형식으로 지정하십시오.</translation>
    </message>
    <message>
        <source>The as-of date %1 is outside the program&apos;s years (2025-01-01 to 2027-12-31).</source>
        <translation>기준일 %1이(가) 사업 기간(2025-01-01~2027-12-31)을 벗어납니다.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export 명령에는 --out 옵션으로 저장할 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>export: the round of a Rounds slide, by its code (default: the latest ranked).</source>
        <translation>export: 평가 회차 슬라이드의 회차를 코드로 지정합니다(기본값: 가장 최근 순위가 발표된 회차).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>export: GPU slide filter, a consortium code.</source>
        <translation>export: GPU 슬라이드 필터, 컨소시엄 코드.</translation>
    </message>
    <message>
        <source>export: GPU slide filter, a provider code.</source>
        <translation>export: GPU 슬라이드 필터, 공급사 코드.</translation>
    </message>
    <message>
        <source>export: GPU slide filter, a GPU model code.</source>
        <translation>export: GPU 슬라이드 필터, GPU 모델 코드.</translation>
    </message>
    <message>
        <source>export: GPU slide filter, the first day (YYYY-MM-DD).</source>
        <translation>export: GPU 슬라이드 필터, 시작일(YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>export: GPU slide filter, the last day (YYYY-MM-DD).</source>
        <translation>export: GPU 슬라이드 필터, 종료일(YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The what-if simulation is internal; it cannot be exported with --press.</source>
        <translation>가정 시뮬레이션은 내부검토용이므로 --press로 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The briefing pack is a PDF; name the file with the suffix .pdf.</source>
        <translation>브리핑 자료집은 PDF입니다. 파일 이름의 확장자를 .pdf로 지정하십시오.</translation>
    </message>
    <message>
        <source>export: with --view deck (a PowerPoint file of every view and chart), the .pptx or .potx whose slide master, layouts and theme the deck uses.</source>
        <translation>export: --view deck(모든 화면과 차트를 담은 PowerPoint 파일)과 함께, 슬라이드 마스터·레이아웃·테마를 가져올 .pptx 또는 .potx 파일.</translation>
    </message>
    <message>
        <source>The briefing deck is a PowerPoint file; use --format pptx and a file name ending in .pptx.</source>
        <translation>브리핑 슬라이드는 PowerPoint 파일입니다. --format pptx와 .pptx로 끝나는 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>--template needs a .pptx or .potx file.</source>
        <translation>--template에는 .pptx 또는 .potx 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--template is for the briefing deck; use it with --view deck.</source>
        <translation>--template은 브리핑 슬라이드용입니다. --view deck과 함께 사용하십시오.</translation>
    </message>
    <message>
        <source>export: overview, consortia, timeline, gpu, rounds, a Rounds tab (rounds-results, rounds-performance, rounds-funnel, rounds-ranks, rounds-funding; rounds-whatif without --press), pack (a PDF of every view and chart) or workbook (an XLSX of every table).</source>
        <translation>export: overview, consortia, timeline, gpu, rounds, 평가 회차 탭(rounds-results, rounds-performance, rounds-funnel, rounds-ranks, rounds-funding, --press 없이 rounds-whatif), pack(모든 화면과 차트를 담은 PDF) 또는 workbook(모든 표를 담은 XLSX) 중 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>export: png, svg, pdf or xlsx (the view&apos;s tables; default: from the file name, else png).</source>
        <translation>export: 파일 형식을 지정합니다(png, svg, pdf, xlsx(화면의 표) 중 하나, 기본값: 파일 확장자에 따름, 확장자가 없으면 png).</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use %2, pack, workbook or deck.</source>
        <translation>알 수 없는 화면 &apos;%1&apos;입니다. %2, pack, workbook, deck 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use png, svg, pdf or xlsx.</source>
        <translation>알 수 없는 형식입니다: &apos;%1&apos;. png, svg, pdf, xlsx 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>The workbook of every table is an XLSX file; use --format xlsx.</source>
        <translation>모든 표를 담은 통합 문서는 XLSX 파일입니다. --format xlsx를 지정하십시오.</translation>
    </message>
    <message>
        <source>export: with --view pack or deck, a page of what changed since DATE (YYYY-MM-DD) or since the registered export whose data checksum is CHECKSUM.</source>
        <translation>export: --view pack 또는 deck과 함께 쓰며, 날짜(YYYY-MM-DD) 이후 또는 데이터 체크섬이 CHECKSUM인 등록된 내보내기 이후의 변경 사항 쪽을 추가합니다.</translation>
    </message>
    <message>
        <source>DATE|CHECKSUM</source>
        <translation>날짜|체크섬</translation>
    </message>
    <message>
        <source>--changes-since adds a page to the briefing pack or deck; use it with --view pack or deck.</source>
        <translation>--changes-since는 브리핑 자료집이나 슬라이드에 쪽을 추가합니다. --view pack 또는 deck과 함께 사용하십시오.</translation>
    </message>
    <message>
        <source>--changes-since takes a date as YYYY-MM-DD or the 8-digit data checksum of a registered export, not &apos;%1&apos;.</source>
        <translation>--changes-since에는 &apos;%1&apos;이(가) 아니라 YYYY-MM-DD 형식의 날짜나 등록된 내보내기의 8자리 데이터 체크섬을 지정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>kai-dashboard export: %1</source>
        <translation>kai-dashboard export: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>No export in the register has the data checksum %1; --changes-since needs the checksum printed on a previous export&apos;s stamp, or a date.</source>
        <translation>내보내기 등록부에 데이터 체크섬이 %1인 내보내기가 없습니다. --changes-since에는 이전 내보내기의 출처 표시에 인쇄된 체크섬이나 날짜를 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source>Unknown view.</source>
        <translation>알 수 없는 화면입니다.</translation>
    </message>
    <message>
        <source>Unknown round &apos;%1&apos;; use %2.</source>
        <translation>알 수 없는 회차입니다: &apos;%1&apos;. %2 중 하나를 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>ExportRegisterStore</name>
    <message>
        <source>The export was not entered in the register of %1: %2</source>
        <translation>내보내기를 %1의 내보내기 대장에 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is read-only, so the export was not entered in its register.</source>
        <translation>%1은(는) 읽기 전용이므로 내보내기를 대장에 기록하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>The scale must be 1, 2 or 3.</source>
        <translation>배율은 1, 2, 3 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The size must be at least %1×%1 pixels.</source>
        <translation>크기는 %1×%1픽셀 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The size × scale must not exceed %1 pixels per side.</source>
        <translation>크기 × 배율은 한 변이 %1픽셀을 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>Press (for release)</source>
        <translation>보도용</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>내부검토용</translation>
    </message>
    <message>
        <source>%1 is named as a %2 file, but the export is %3. Name it %4, or choose the %2 format.</source>
        <translation>%1 파일은 이름상 %2 파일이지만 내보내기 형식은 %3입니다. 파일 이름을 %4(으)로 하거나 %2 형식을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>FactPlanner</name>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>참여 정보</translation>
    </message>
    <message>
        <source>model release</source>
        <translation>모델 공개</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>round result</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>criterion score</source>
        <translation>기준별 점수</translation>
    </message>
    <message>
        <source>GPU allocation</source>
        <translation>GPU 할당</translation>
    </message>
    <message>
        <source>Someone else removed this %1 after you opened the form. Nothing was saved; close the form and open it again to see the current data.</source>
        <translation>양식을 연 뒤 다른 사람이 이 %1을(를) 삭제했습니다. 아무것도 저장되지 않았습니다. 양식을 닫고 다시 열어 현재 데이터를 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is now “%2”; you saw “%3”</source>
        <translation>%1은(는) 현재 “%2”입니다(양식을 열 때는 “%3”)</translation>
    </message>
    <message>
        <source>Someone else changed this %1 (%2) after you opened the form: %3. Nothing was saved; close the form and open it again to see the current data.</source>
        <translation>양식을 연 뒤 다른 사람이 이 %1(%2)을(를) 변경했습니다: %3. 아무것도 저장되지 않았습니다. 양식을 닫고 다시 열어 현재 데이터를 확인하십시오.</translation>
    </message>
    <message>
        <source>round seal</source>
        <translation>평가 확정</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>criterion score correction</source>
        <translation>기준별 점수 정정</translation>
    </message>
</context>
<context>
    <name>GpuCountText</name>
    <message>
        <source>about %1</source>
        <comment>an approximate GPU count</comment>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>None allocated</source>
        <comment>GPUs: a source says the team got none</comment>
        <translation>배정 없음</translation>
    </message>
    <message>
        <source>None allocated (%1)</source>
        <comment>GPUs: a source says the team got none; %1 is its code</comment>
        <translation>배정 없음(%1)</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>a figure computed from an approximate GPU count</comment>
        <translation>약 %1</translation>
    </message>
</context>
<context>
    <name>GpuImportTemplate</name>
    <message>
        <source>Required. Start of the period: a date (2026-03-01) or date and time (2026-03-01 09:00), Korea Standard Time.</source>
        <translation>필수. 기간의 시작: 날짜(2026-03-01) 또는 날짜와 시각(2026-03-01 09:00), 한국 표준시.</translation>
    </message>
    <message>
        <source>Optional. End of the period; empty: one hour after a time, one day after a date.</source>
        <translation>선택. 기간의 끝. 비워 두면 시각은 1시간 뒤, 날짜는 하루 뒤로 봅니다.</translation>
    </message>
    <message>
        <source>Required. Consortium code from the list, or its name or lead organisation.</source>
        <translation>필수. 목록의 컨소시엄 코드, 또는 컨소시엄 이름이나 주관기관 이름.</translation>
    </message>
    <message>
        <source>Required. GPU model from the list.</source>
        <translation>필수. 목록의 GPU 모델.</translation>
    </message>
    <message>
        <source>Required. GPU-hours used in the period, a number of 0 or more.</source>
        <translation>필수. 기간 중 사용한 GPU 시간(0 이상의 숫자).</translation>
    </message>
    <message>
        <source>Optional. Cloud provider from the list; empty: undisclosed.</source>
        <translation>선택. 목록의 클라우드 제공사. 비워 두면 비공개로 봅니다.</translation>
    </message>
    <message>
        <source>Optional. Cluster node name; empty: one shared unspecified node.</source>
        <translation>선택. 클러스터 노드 이름. 비워 두면 공용 미지정 노드 하나로 봅니다.</translation>
    </message>
    <message>
        <source>Optional. Average utilisation in percent, 0 to 100.</source>
        <translation>선택. 평균 사용률(%), 0~100.</translation>
    </message>
    <message>
        <source>This value is not in the database&apos;s list; the import will check it.</source>
        <translation>데이터베이스 목록에 없는 값입니다. 가져올 때 다시 확인합니다.</translation>
    </message>
</context>
<context>
    <name>GpuUsageColumns</name>
    <message>
        <source>The header row is malformed: %1.</source>
        <translation>머리글 행의 형식이 잘못되었습니다: %1.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice in the header.</source>
        <translation>머리글에 &apos;%1&apos; 열이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>Required columns are missing from the header: %1.</source>
        <translation>머리글에 필수 열이 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>GpuUsageImporter</name>
    <message>
        <source>%1 is empty: it needs a header row and at least one data row.</source>
        <translation>%1 파일이 비어 있습니다. 머리글 행과 데이터 행이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1, line 1: %2</source>
        <translation>%1, 1행: %2</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>알 수 없는 열(무시함)</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>가져오기를 취소했습니다. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The import failed and the database is unchanged: %1</source>
        <translation>가져오기에 실패했습니다. 데이터베이스는 변경되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>wrong number of fields: expected %1, found %2</source>
        <translation>필드 수 불일치(필요 %1개, 실제 %2개)</translation>
    </message>
    <message>
        <source>Strict mode: %1, line %2: %3. Nothing was imported.</source>
        <translation>엄격 모드: %1, %2행: %3. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>same period_start, consortium, node and GPU model as a row already stored (%1 to %2), with different values</source>
        <translation>이미 저장된 행(%1 ~ %2)과 period_start, 컨소시엄, 노드, GPU 모델이 같으나 값이 다름</translation>
    </message>
    <message>
        <source>the period overlaps %1 to %2 of the same node (consortium, node and GPU model), stored or earlier in this file; the periods of one node may not overlap</source>
        <translation>같은 노드(컨소시엄, 노드, GPU 모델)의 기간 %1 ~ %2(저장된 행 또는 이 파일의 앞선 행)와 겹침. 한 노드의 기간은 겹칠 수 없음</translation>
    </message>
    <message>
        <source>same period_start, consortium, node and GPU model as line %1, with different values</source>
        <translation>%1행과 period_start, 컨소시엄, 노드, GPU 모델이 같으나 값이 다름</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read to its end: %2. Nothing was imported.</source>
        <translation>%1 파일을 끝까지 읽을 수 없습니다: %2. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GpuUsageRowValidator</name>
    <message>
        <source>contains a NUL byte (byte %1 of the field)</source>
        <translation>NUL 바이트가 포함됨(필드의 %1번째 바이트)</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>올바른 UTF-8 텍스트가 아님</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the program&apos;s period (%2 to %3)</source>
        <translation>&apos;%1&apos;은(는) 사업 기간(%2 ~ %3)을 벗어남</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or date-time</source>
        <translation>&apos;%1&apos;은(는) ISO 8601 날짜 또는 일시 형식이 아님</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>기간 종료 시점이 시작 시점보다 앞섬</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>%1바이트보다 김</translation>
    </message>
    <message>
        <source>no consortium given</source>
        <translation>컨소시엄이 지정되지 않음</translation>
    </message>
    <message>
        <source>unknown consortium &apos;%1&apos;</source>
        <translation>알 수 없는 컨소시엄 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown GPU model &apos;%1&apos;</source>
        <translation>알 수 없는 GPU 모델 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;</source>
        <translation>알 수 없는 공급사 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아님</translation>
    </message>
    <message>
        <source>GPU-hours cannot be negative (%1)</source>
        <translation>GPU 시간은 음수일 수 없음(%1)</translation>
    </message>
    <message>
        <source>%1 GPU-hours cannot fit in the period: %2 hours × at most %3 GPUs %4 = %5 GPU-hours</source>
        <translation>%1 GPU 시간은 기간에 들어갈 수 없음: %2시간 × %4 최대 GPU %3개 = %5 GPU 시간</translation>
    </message>
    <message>
        <source>on one node</source>
        <translation>노드 하나당</translation>
    </message>
    <message>
        <source>in a row without a node</source>
        <translation>노드가 없는 행에서</translation>
    </message>
    <message>
        <source>utilisation must be between 0 and 100 (%1)</source>
        <translation>하드웨어 가동률은 0~100 사이여야 함(%1)</translation>
    </message>
</context>
<context>
    <name>GpuUsageSlide</name>
    <message>
        <source>GPU Usage</source>
        <translation>GPU 사용량</translation>
    </message>
    <message>
        <source>No GPU allocation has started yet</source>
        <translation>아직 시작된 GPU 배정이 없습니다</translation>
    </message>
    <message>
        <source>%1 of the allocated GPU-hours used to date</source>
        <translation>배정된 GPU 시간의 %1 사용</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n teams under-use their allocation</source>
        <translation>
            <numerusform>%1, %n개 팀 배정량 미달 사용</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>All consortia, providers and GPU models</source>
        <translation>전체 컨소시엄·공급사·GPU 모델</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 · GPU-hours · %2</source>
        <translation>%1 · GPU 시간 · %2</translation>
    </message>
    <message>
        <source>Figures not published: usage per team is not public; the figures on file are illustrative samples and are left out of press material.</source>
        <translation>수치 비공개: 팀별 사용량은 공개되지 않았으며, 보유 수치는 예시 데이터이므로 보도용 자료에서 제외합니다.</translation>
    </message>
    <message>
        <source>GPU-hours used per %1</source>
        <translation>%1별 GPU 사용 시간</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>No GPU usage is known for these filters.</source>
        <translation>이 필터에 해당하는 GPU 사용 기록이 없습니다.</translation>
    </message>
    <message>
        <source>GPU-hours in the chosen period</source>
        <translation>선택 기간의 GPU 시간</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Allocated, not used</source>
        <translation>배정 후 미사용</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 중 %2</translation>
    </message>
    <message>
        <source>%1: no allocation</source>
        <translation>%1: 배정 없음</translation>
    </message>
    <message>
        <source>GPU usage per team is unpublished; the published allocations stand</source>
        <translation>팀별 GPU 사용량은 비공개, 공개된 배정 현황만 게재</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급사</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 모델</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no provider or GPU model: none allocated</comment>
        <translation>–</translation>
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
    <name>HistoryCommand</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>kai-dashboard history: %1</source>
        <translation>kai-dashboard history: %1</translation>
    </message>
    <message>
        <source>kai-dashboard history: %1 has no change log yet (it was written by an older version); open it in the window or run check --upgrade to add one.</source>
        <translation>kai-dashboard history: %1에는 아직 변경 이력이 없습니다(이전 버전에서 작성됨). 창에서 열거나 check --upgrade를 실행하여 추가하십시오.</translation>
    </message>
    <message>
        <source>kai-dashboard history: the change log could not be read: %1</source>
        <translation>kai-dashboard history: 변경 이력을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ImportGpuUsageCommand</name>
    <message>
        <source>Rows read: %1, imported: %2, already present: %3, skipped: %4</source>
        <translation>읽은 행: %1, 가져온 행: %2, 이미 있는 행: %3, 건너뛴 행: %4</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... 외 %1건</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>보고서를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1 is not a readable file.</source>
        <translation>kai-dashboard import-gpu-usage: %1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1</source>
        <translation>kai-dashboard import-gpu-usage: %1</translation>
    </message>
    <message>
        <source>%1 % (%2 rows)</source>
        <translation>%1%(%2행)</translation>
    </message>
    <message>
        <source>kai-dashboard import-gpu-usage: %1 cannot be written (the file or its folder is read-only); nothing was imported.</source>
        <translation>kai-dashboard import-gpu-usage: %1 파일에 쓸 수 없습니다(파일 또는 폴더가 읽기 전용). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Another program kept %1 locked for %2 s; giving up.</source>
        <translation>다른 프로그램이 %1 파일을 %2초 동안 잠그고 있어 기다리기를 그만둡니다.</translation>
    </message>
    <message>
        <source>Another program is writing to %1; waiting for it to finish (%2 s of %3 s)…</source>
        <translation>다른 프로그램이 %1 파일에 쓰고 있습니다. 끝나기를 기다리는 중입니다(%3초 중 %2초)…</translation>
    </message>
</context>
<context>
    <name>ImportReportWriter</name>
    <message>
        <source>The import report was not written: %1</source>
        <translation>가져오기 보고서를 쓰지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The import report %1 could not be written: %2</source>
        <translation>가져오기 보고서 %1 파일을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>kai-dashboard init: --db must name a server database as postgresql://HOST/DBNAME; an SQLite file needs no init (opening it creates its schema).</source>
        <translation>kai-dashboard init: --db에는 서버 데이터베이스를 postgresql://호스트/DB이름 형식으로 지정해야 합니다. SQLite 파일은 init이 필요 없습니다(열 때 스키마가 만들어집니다).</translation>
    </message>
    <message>
        <source>kai-dashboard init: %1</source>
        <translation>kai-dashboard init: %1</translation>
    </message>
</context>
<context>
    <name>MemberJoinsCommand</name>
    <message>
        <source>%1 joins %2</source>
        <translation>%1, %2 참여</translation>
    </message>
</context>
<context>
    <name>MemberLeavesCommand</name>
    <message>
        <source>%1 leaves on %2</source>
        <translation>%1, %2 탈퇴</translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation>이 참여 정보는 더 이상 존재하지 않습니다.</translation>
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
    <message>
        <source>%1 (a copy from before the upgrade is at %2)</source>
        <translation>%1 (업그레이드 전 사본: %2)</translation>
    </message>
</context>
<context>
    <name>MissingPathExplainer</name>
    <message>
        <source>%1 is a symbolic link that leads round in a loop and never reaches a file.</source>
        <translation>%1 경로는 순환하는 심볼릭 링크여서 파일에 도달하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist.</source>
        <translation>%1 경로는 %2을(를) 가리키는 심볼릭 링크인데, 그 대상이 없습니다.</translation>
    </message>
    <message>
        <source>The file name %1 is not valid UTF-8 (the sign %2 stands for the bytes that are not); K-AI Dashboard reads file names as UTF-8 on this system and cannot open it. Rename the file (for example with convmv).</source>
        <translation>파일 이름 %1은(는) 올바른 UTF-8이 아닙니다(%2 기호가 UTF-8이 아닌 바이트를 나타냄). 이 시스템에서 K-AI 대시보드는 파일 이름을 UTF-8로 읽으므로 이 파일을 열 수 없습니다. 파일 이름을 바꾸십시오(예: convmv 사용).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 파일을 찾을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>NoteSidecarStore</name>
    <message>
        <source>%1 is not a K-AI Dashboard notes file; it was left untouched.</source>
        <translation>%1 파일은 K-AI 대시보드 검토 의견 파일이 아닙니다. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The notes file %1 could not be opened: %2</source>
        <translation>검토 의견 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message>
        <source>note %1 has no uid</source>
        <translation>%1번째 의견에 uid가 없습니다</translation>
    </message>
    <message>
        <source>note %1 names no known item (&apos;%2&apos;)</source>
        <translation>%1번째 의견이 알 수 없는 항목을 가리킵니다(&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>note %1 has an unknown kind; use question, correction or confirmed</source>
        <translation>%1번째 의견의 종류를 알 수 없습니다. question, correction, confirmed 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>note %1 lacks its text, reviewer or time</source>
        <translation>%1번째 의견에 내용, 검토자 또는 작성 시각이 없습니다</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>not a K-AI Dashboard notes file</source>
        <translation>K-AI 대시보드 검토 의견 파일이 아닙니다</translation>
    </message>
    <message>
        <source>notes file version %1 is not supported</source>
        <translation>검토 의견 파일 버전 %1은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The notes could not be written to %1: %2</source>
        <translation>검토 의견을 %1 파일에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a server database: its review notes are already kept there for everyone connected. Export notes from a file or a review copy.</source>
        <translation>%1은(는) 서버 데이터베이스입니다. 검토 의견은 이미 서버에 보관되어 접속한 모든 사람이 봅니다. 검토 의견은 파일이나 검토용 사본에서 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>NotesMerger</name>
    <message numerus="yes">
        <source>%n notes merged as open notes</source>
        <translation>
            <numerusform>검토 의견 %n건을 미결 의견으로 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already merged before</source>
        <translation>
            <numerusform>. %n건은 이미 가져온 의견입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3): changed since your review copy: the reviewer saw &quot;%4&quot;, the office now has &quot;%5&quot;.</source>
        <translation>%1 (%2, %3): 검토용 사본 이후 변경됨: 검토자가 본 값 &quot;%4&quot;, 현재 사무실 값 &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): the item no longer exists; the note is kept: &quot;%4&quot;.</source>
        <translation>%1 (%2, %3): 항목이 더 이상 없습니다. 의견은 보존합니다: &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 아무 의견도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The database is open read-only; notes can only be merged into a writable database.</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있습니다. 검토 의견은 쓰기 가능한 데이터베이스에만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>The notes could not be merged into %1; nothing was changed: %2</source>
        <translation>검토 의견을 %1에 가져올 수 없습니다. 아무것도 변경하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>A note is closed as resolved or dismissed.</source>
        <translation>의견은 처리 완료 또는 기각으로만 종결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Give a reason for resolving or dismissing the note.</source>
        <translation>의견을 처리 완료하거나 기각하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>There is no open note %1.</source>
        <translation>미결 의견 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Resolve review note by %1 on %2</source>
        <translation>%1의 검토 의견 처리 완료: %2</translation>
    </message>
    <message>
        <source>Dismiss review note by %1 on %2</source>
        <translation>%1의 검토 의견 기각: %2</translation>
    </message>
</context>
<context>
    <name>NotesSlide</name>
    <message>
        <source>Review notes</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Review notes on these figures: %1</source>
        <translation>이 수치에 대한 검토 의견: %1건</translation>
    </message>
    <message>
        <source>Internal: reviewers&apos; questions, corrections and confirmations · %1</source>
        <translation>내부용: 검토자의 질의, 정정 요청, 확인 · %1</translation>
    </message>
</context>
<context>
    <name>OutputFileGuard</name>
    <message>
        <source>No output file was given.</source>
        <translation>출력 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 파일을 저장할 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The folder of %1 is not writable.</source>
        <translation>%1 파일을 저장할 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; K-AI Dashboard never writes through a link, because its target could be any file. Remove the link or choose another name.</source>
        <translation>%1 경로는 심볼릭 링크입니다. 링크가 가리키는 대상은 어떤 파일이든 될 수 있으므로 K-AI 대시보드는 링크를 통해 쓰지 않습니다. 링크를 지우거나 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 경로는 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); choose a file name.</source>
        <translation>%1 경로는 일반 파일이 아닙니다(장치, 파이프 또는 소켓). 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 파일은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1 is a K-AI Dashboard database or one of its -wal, -shm or -journal files; it is never overwritten by an export or a report. Choose another file name.</source>
        <translation>%1 파일은 K-AI 대시보드 데이터베이스이거나 그 -wal, -shm, -journal 파일입니다. 내보내기나 보고서로 덮어쓰지 않습니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message numerus="yes">
        <source>%n teams remain</source>
        <translation>
            <numerusform>%n개 팀 경쟁 중</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 result pending</source>
        <translation>%1, %2 결과 대기</translation>
    </message>
    <message numerus="yes">
        <source>%1; next: %2 in %n days</source>
        <translation>
            <numerusform>%1, 다음 일정: %n일 후 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · target: %2 of the global frontier models&apos; performance</source>
        <translation>%1 · 목표: 글로벌 최고 모델 성능의 %2</translation>
    </message>
    <message>
        <source>Teams in the competition</source>
        <translation>경쟁 중인 팀</translation>
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
        <translation>예정된 다음 단계가 없습니다</translation>
    </message>
    <message>
        <source>Only illustrative figures so far</source>
        <translation>현재 예시 수치만 있음</translation>
    </message>
    <message>
        <source>No evaluated round yet</source>
        <translation>아직 평가된 회차가 없습니다</translation>
    </message>
    <message>
        <source>GPU use to date</source>
        <translation>누적 GPU 사용률</translation>
    </message>
    <message>
        <source>No published usage figures</source>
        <translation>공개된 사용량 수치 없음</translation>
    </message>
    <message>
        <source>%1 of %2 GPU-hours</source>
        <translation>%2 GPU 시간 중 %1</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>확정 지원금</translation>
    </message>
    <message>
        <source>No published funding figures</source>
        <translation>공개된 지원금 수치 없음</translation>
    </message>
    <message>
        <source>Government %1 · private %2</source>
        <translation>정부 %1 · 민간 %2</translation>
    </message>
    <message>
        <source>Teams left after each round</source>
        <translation>회차별 남은 팀</translation>
    </message>
    <message>
        <source>Teams still in the competition</source>
        <translation>경쟁 중인 팀</translation>
    </message>
    <message>
        <source>%1; next: %2, %3</source>
        <translation>%1, 다음 일정: %2(%3)</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>평가 전</translation>
    </message>
    <message>
        <source>No score against a reference model published</source>
        <translation>기준 모델 대비 점수 미공개</translation>
    </message>
    <message numerus="yes">
        <source>%n applicants under review</source>
        <translation>
            <numerusform>신청 %n개 팀 심사 중</numerusform>
        </translation>
    </message>
    <message>
        <source>No applicants announced yet</source>
        <translation>신청 현황 발표 전</translation>
    </message>
</context>
<context>
    <name>PerformanceText</name>
    <message>
        <source>Best score vs reference model</source>
        <translation>기준 모델 대비 최고 점수</translation>
    </message>
    <message>
        <source>%1 vs %2, the round&apos;s reference model</source>
        <translation>%1 대 %2(해당 평가의 기준 모델)</translation>
    </message>
    <message>
        <source>%1; not measured against the %2 frontier target</source>
        <translation>%1 · %2 프런티어 목표 대비 수치 아님</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to %1: out of memory.</source>
        <translation>%1에 연결할 수 없습니다: 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Could not connect to the server %1: %2</source>
        <translation>서버 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot send UTF-8 text.</source>
        <translation>서버 %1이(가) UTF-8 텍스트를 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (%2); it is opened again at the next attempt</source>
        <translation>서버 %1과(와)의 연결이 끊겼습니다(%2). 다음 작업 때 다시 연결합니다</translation>
    </message>
    <message>
        <source>The server %1 does not let the role %2 change this database; ask its administrator for the editor role (kai_editor)</source>
        <translation>서버 %1에서 %2 역할은 이 데이터베이스를 변경할 수 없습니다. 관리자에게 편집자 역할(kai_editor)을 요청하십시오</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>%1 holds tables of another application; K-AI Dashboard leaves it untouched. Use an empty database.</source>
        <translation>%1에는 다른 프로그램의 테이블이 있어 K-AI 대시보드는 변경하지 않습니다. 빈 데이터베이스를 사용하십시오.</translation>
    </message>
    <message>
        <source>%1 belongs to another application; K-AI Dashboard leaves it untouched.</source>
        <translation>%1은(는) 다른 프로그램의 데이터베이스이므로 K-AI 대시보드는 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has no K-AI Dashboard schema yet; create it with kai-dashboard init --db URI [--sample].</source>
        <translation>%1에는 아직 K-AI 대시보드 스키마가 없습니다. kai-dashboard init --db URI [--sample] 명령으로 만드십시오.</translation>
    </message>
    <message>
        <source>%1 uses schema version %2 and must be upgraded to version %3 with kai-dashboard init --db URI. It was not modified.</source>
        <translation>%1은(는) 스키마 버전 %2 형식이므로 kai-dashboard init --db URI 명령으로 버전 %3(으)로 업그레이드해야 합니다. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Schema version %1 could not be created on %2: %3</source>
        <translation>%2에 스키마 버전 %1을(를) 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The roles %1 and %2 were not set up (%3); create them as a role with CREATEROLE and run init again.</source>
        <translation>%1, %2 역할을 설정하지 못했습니다(%3). CREATEROLE 권한이 있는 역할로 만든 뒤 init을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Roles: %1 may read, %2 may read and edit (grant them to login roles).</source>
        <translation>역할: %1은(는) 읽기, %2은(는) 읽기와 편집이 가능합니다(로그인 역할에 부여하십시오).</translation>
    </message>
</context>
<context>
    <name>PptxPackage</name>
    <message>
        <source>its content types cannot be read (%1)</source>
        <translation>콘텐츠 형식 목록을 읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1을(를) 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>it is not a ZIP package</source>
        <translation>ZIP 패키지가 아닙니다</translation>
    </message>
    <message>
        <source>its part %1 cannot be read</source>
        <translation>구성 요소 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>구성 요소 %1이(가) 손상되었습니다</translation>
    </message>
    <message>
        <source>its ZIP directory is damaged</source>
        <translation>ZIP 목록이 손상되었습니다</translation>
    </message>
    <message>
        <source>it has no [Content_Types].xml, so it is not an Office Open XML package</source>
        <translation>[Content_Types].xml이 없어 Office Open XML 패키지가 아닙니다</translation>
    </message>
</context>
<context>
    <name>PptxTemplate</name>
    <message>
        <source>The template %1 is not a PowerPoint presentation or template: %2.</source>
        <translation>템플릿 %1은(는) PowerPoint 프레젠테이션이나 서식 파일이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>it has no main document</source>
        <translation>주 문서가 없습니다</translation>
    </message>
    <message>
        <source>its main document is of the type %1, not a presentation</source>
        <translation>주 문서의 형식이 프레젠테이션이 아닌 %1입니다</translation>
    </message>
    <message>
        <source>its presentation part %1 is not well-formed XML</source>
        <translation>프레젠테이션 구성 요소 %1이(가) 올바른 XML이 아닙니다</translation>
    </message>
    <message>
        <source>it does not give its slide size</source>
        <translation>슬라이드 크기가 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>it has no slide master</source>
        <translation>슬라이드 마스터가 없습니다</translation>
    </message>
    <message>
        <source>its slide master %1 is not well-formed XML</source>
        <translation>슬라이드 마스터 %1이(가) 올바른 XML이 아닙니다</translation>
    </message>
    <message>
        <source>its slide layout %1 is missing or not well-formed XML</source>
        <translation>슬라이드 레이아웃 %1이(가) 없거나 올바른 XML이 아닙니다</translation>
    </message>
    <message>
        <source>its slide master has no layouts</source>
        <translation>슬라이드 마스터에 레이아웃이 없습니다</translation>
    </message>
    <message>
        <source>its presentation part cannot be read</source>
        <translation>프레젠테이션 구성 요소를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>its presentation part cannot be rewritten without its slides</source>
        <translation>슬라이드를 뺀 프레젠테이션 구성 요소를 다시 쓸 수 없습니다</translation>
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
    <message numerus="yes">
        <source>… and %n more difference(s) between the daily GPU usage rollup and the samples; run check --repair-rollup to rebuild it.</source>
        <translation>
            <numerusform>… 그 밖에 일별 GPU 사용량 집계와 원시 표본의 차이가 %n건 더 있습니다. check --repair-rollup으로 다시 만드십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily GPU usage rollup of %1, %2, %3: %4 GPU-hours in %5 sample(s), but the samples add up to %6 GPU-hours in %7; run check --repair-rollup to rebuild it.</source>
        <translation>%1, %2, %3의 일별 GPU 사용량 집계: 표본 %5개, %4 GPU 시간이지만 원시 표본 합계는 %7개, %6 GPU 시간입니다. check --repair-rollup으로 다시 만드십시오.</translation>
    </message>
</context>
<context>
    <name>ProvenanceStamp</name>
    <message>
        <source>%1 · Data as of %2</source>
        <translation>%1 · %2 기준 데이터</translation>
    </message>
    <message>
        <source>Sources: MSIT releases and press reports; see data sources page</source>
        <translation>출처: 과학기술정보통신부 보도자료 및 언론 보도(데이터 출처 페이지 참조)</translation>
    </message>
    <message>
        <source>K-AI Dashboard %1 · %2 · %3</source>
        <translation>K-AI 대시보드 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Data checksum %1</source>
        <translation>데이터 체크섬 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · %2/%3쪽</translation>
    </message>
</context>
<context>
    <name>RecordCorrectionCommand</name>
    <message>
        <source>correct %1 result for %2</source>
        <translation>%2의 %1 결과 정정</translation>
    </message>
</context>
<context>
    <name>RecordCriterionCorrectionCommand</name>
    <message>
        <source>correct %1 score of %2 in %3</source>
        <translation>%3의 %2 %1 점수 정정</translation>
    </message>
</context>
<context>
    <name>RecordRoundResultsCommand</name>
    <message>
        <source>record %1 result for %2</source>
        <translation>%2의 %1 결과 기록</translation>
    </message>
    <message>
        <source>A rank starts at 1.</source>
        <translation>순위는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>점수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2 for %3.</source>
        <translation>%1점은 %3의 배점 %2점을 넘습니다.</translation>
    </message>
    <message>
        <source>A gate is passed or failed; it has no points.</source>
        <translation>필수 요건은 통과 또는 탈락만 있으며 점수가 없습니다.</translation>
    </message>
    <message>
        <source>The round has no teams to record.</source>
        <translation>이 평가에는 기록할 팀이 없습니다.</translation>
    </message>
    <message>
        <source>Rank %1 is already given to %2.</source>
        <translation>%1위는 이미 %2에 부여되었습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewArguments</name>
    <message>
        <source>--%1 does not apply to the %2 command.</source>
        <translation>--%1 옵션은 %2 명령에 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 takes only the options shown by --help for it.</source>
        <translation>%1 명령에는 --help에 표시된 옵션만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>merge-notes needs at least one notes file (JSON written by export-notes).</source>
        <translation>merge-notes 명령에는 검토 의견 파일(export-notes로 만든 JSON)을 하나 이상 지정해야 합니다.</translation>
    </message>
    <message>
        <source>merge-notes writes to the database and cannot run with --read-only.</source>
        <translation>merge-notes 명령은 데이터베이스에 기록하므로 --read-only 옵션과 함께 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 takes no positional arguments; name the file with --out FILE.</source>
        <translation>%1 명령에는 위치 인수를 지정할 수 없습니다. 파일은 --out 옵션으로 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>%1 명령에는 --out 파일을 지정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>kai-dashboard make-review-copy: %1</source>
        <translation>kai-dashboard make-review-copy: %1</translation>
    </message>
    <message>
        <source>Review copy of %1 written to %2 (as of %3, data checksum %4); it opens read-only.</source>
        <translation>%1의 검토용 사본을 %2에 만들었습니다(기준일 %3, 데이터 체크섬 %4). 사본은 읽기 전용으로 열립니다.</translation>
    </message>
    <message>
        <source>kai-dashboard export-notes: %1</source>
        <translation>kai-dashboard export-notes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notes written to %1.</source>
        <translation>
            <numerusform>검토 의견 %n건을 %1에 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>kai-dashboard merge-notes: %1</source>
        <translation>kai-dashboard merge-notes: %1</translation>
    </message>
</context>
<context>
    <name>ReviewCopyMaker</name>
    <message>
        <source>The review copy could not be written in %1: %2</source>
        <translation>%1 폴더에 검토용 사본을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The review copy %1 could not be made: %2</source>
        <translation>검토용 사본 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The review copy could not be saved as %1: %2</source>
        <translation>검토용 사본을 %1(으)로 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ReviewCopyStatus</name>
    <message>
        <source>Review copy modified after it was made</source>
        <translation>작성 후 수정된 검토용 사본</translation>
    </message>
    <message>
        <source>Review copy of %1, unchanged</source>
        <translation>%1 작성 검토용 사본, 변경 없음</translation>
    </message>
</context>
<context>
    <name>ReviewNotebook</name>
    <message>
        <source>A note needs some text.</source>
        <translation>의견 내용을 입력하십시오.</translation>
    </message>
    <message>
        <source>A correction needs the value you propose.</source>
        <translation>정정 요청에는 제안하는 값을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>There is no item %1 in this database.</source>
        <translation>이 데이터베이스에는 %1 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoundChartBuilder</name>
    <message>
        <source>Overall: %1</source>
        <translation>종합: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reference: %1, frozen on %2 for this round. Models scored: %3.</source>
        <translation>기준 모델: %1(이 평가 단계용으로 %2에 고정). 평가 대상 모델: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Score as % of the reference model</source>
        <translation>기준 모델 대비 점수(%)</translation>
    </message>
    <message>
        <source> ✓ meets</source>
        <translation> ✓ 달성</translation>
    </message>
    <message>
        <source> ✗ below</source>
        <translation> ✗ 미달</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (비공개)</translation>
    </message>
    <message>
        <source>%1 vs %2 (frozen %3)</source>
        <translation>%1 · 기준 모델 %2(%3 고정)</translation>
    </message>
    <message>
        <source> — includes illustrative samples</source>
        <translation> — 예시 데이터 포함</translation>
    </message>
    <message>
        <source> — unpublished scores left out</source>
        <translation> — 미공개 점수 제외</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>%1: result pending (at most %2)</source>
        <translation>%1: 결과 발표 전(최대 %2팀)</translation>
    </message>
    <message>
        <source>%1: planned, at most %2</source>
        <translation>%1: 예정(최대 %2팀)</translation>
    </message>
    <message>
        <source>Consortia in the running after each step, as known on %1</source>
        <translation>단계별 잔류 컨소시엄 수(%1 기준)</translation>
    </message>
    <message>
        <source>Consortia</source>
        <translation>컨소시엄 수</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>결과 발표</translation>
    </message>
    <message>
        <source>Result pending (at most)</source>
        <translation>결과 발표 전(최대)</translation>
    </message>
    <message>
        <source>Planned (at most)</source>
        <translation>예정(최대)</translation>
    </message>
    <message>
        <source>%1 left (%2)</source>
        <translation>%1 이탈(%2)</translation>
    </message>
    <message>
        <source>%1 re-entered through the %2</source>
        <translation>%1 재진입(%2)</translation>
    </message>
    <message>
        <source>%1 applied and was not selected</source>
        <translation>%1 신청 후 미선정</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Rank movement across ranked rounds</source>
        <translation>평가 단계별 순위 변동</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>%1 of the reference</source>
        <translation>기준 모델 대비 %1</translation>
    </message>
    <message>
        <source>At or above %1 of the reference (solid, outlined)</source>
        <translation>기준 모델 대비 %1 이상(채움, 실선 테두리)</translation>
    </message>
    <message>
        <source>Below %1 of the reference (hatched)</source>
        <translation>기준 모델 대비 %1 미만(빗금)</translation>
    </message>
</context>
<context>
    <name>RoundFundingSlide</name>
    <message>
        <source>Evaluation Rounds — funding</source>
        <translation>평가 회차 — 지원금</translation>
    </message>
    <message>
        <source>Per-team funding has not been published</source>
        <translation>팀별 지원금은 공개되지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 committed across %n teams</source>
        <translation>
            <numerusform>%n개 팀에 %1 확정</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures not published: the ministry has not released per-team amounts.</source>
        <translation>수치 비공개: 과학기술정보통신부는 팀별 금액을 발표하지 않았습니다.</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>민간</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (예시)</translation>
    </message>
    <message>
        <source>%1 %2: %3%4</source>
        <translation>%1 %2년: %3%4</translation>
    </message>
    <message>
        <source>Government and private funding per consortium and year, %1 · %2</source>
        <comment>unit · as of</comment>
        <translation>컨소시엄·연도별 정부 및 민간 지원금(%1) · %2</translation>
    </message>
</context>
<context>
    <name>RoundFunnelSlide</name>
    <message>
        <source>Evaluation Rounds — program funnel</source>
        <translation>평가 회차 — 사업 단계별 팀 수</translation>
    </message>
    <message>
        <source>%1; %2 result pending</source>
        <translation>%1, %2 결과 대기</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n remain</source>
        <translation>
            <numerusform>%1, %n개 경쟁 중</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPerformanceSlide</name>
    <message>
        <source>Evaluation Rounds — relative performance</source>
        <translation>평가 회차 — 상대 성능</translation>
    </message>
    <message>
        <source>%1: no published model scores</source>
        <translation>%1: 공개된 모델 점수 없음</translation>
    </message>
    <message>
        <source>%1 · %2 vs %3, frozen %4 · %5</source>
        <translation>%1 · %2 대 %3(%4 고정) · %5</translation>
    </message>
    <message>
        <source>Figures not published: this round&apos;s model scores are not public.</source>
        <translation>수치 비공개: 이 회차의 모델 점수는 공개되지 않았습니다.</translation>
    </message>
    <message>
        <source>No frozen reference or model scores are known for this round on the as-of date.</source>
        <translation>기준일 현재 이 회차의 고정 기준 모델이나 모델 점수가 없습니다.</translation>
    </message>
    <message>
        <source>No model reaches %1 of %2 yet; best %3</source>
        <translation>아직 %2 대비 %1에 도달한 모델 없음, 최고 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n models reach %2 of %3</source>
        <translation>
            <numerusform>모델 %n개 중 %1개가 %3 대비 %2에 도달</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundRanksSlide</name>
    <message>
        <source>Evaluation Rounds — rank movement</source>
        <translation>평가 회차 — 순위 변동</translation>
    </message>
    <message>
        <source>No consortium has been ranked in two rounds yet</source>
        <translation>아직 두 회차 이상 순위가 매겨진 컨소시엄이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n consortia ranked in more than one round</source>
        <translation>
            <numerusform>두 회차 이상 순위가 매겨진 컨소시엄 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank movement needs a consortium ranked in at least two rounds. Rounds ranked so far: %1.</source>
        <translation>순위 변동은 두 회차 이상 순위가 매겨진 컨소시엄이 있어야 표시됩니다. 지금까지 순위가 발표된 회차: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RoundResultsSlide</name>
    <message>
        <source>Evaluation Rounds — results</source>
        <translation>평가 회차 — 결과</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: 아직 결과 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n teams evaluated, result pending</source>
        <translation>
            <numerusform>%1: %n개 팀 평가, 결과 대기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n teams advance</source>
        <translation>
            <numerusform>%1: %n개 팀 중 %2개 팀 통과</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 ranked first</source>
        <translation>%1, %2 1위</translation>
    </message>
    <message>
        <source>No result of this round is known on the as-of date.</source>
        <translation>기준일 현재 이 회차의 결과가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoundSlide</name>
    <message>
        <source>%1 · no result known · %2</source>
        <translation>%1 · 결과 없음 · %2</translation>
    </message>
    <message>
        <source>%1 · published %2 · %3</source>
        <translation>%1 · %2 발표 · %3</translation>
    </message>
</context>
<context>
    <name>RoundWhatIfSlide</name>
    <message>
        <source>Evaluation Rounds — what-if simulation</source>
        <translation>평가 회차 — 가정 시뮬레이션</translation>
    </message>
    <message>
        <source>%1: no scored criteria to simulate</source>
        <translation>%1: 시뮬레이션할 점수 항목 없음</translation>
    </message>
    <message>
        <source>Simulation: with these weights %1 would advance</source>
        <translation>시뮬레이션: 이 가중치라면 %1 통과</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>통과 팀 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · simulation, not an official result · weights: %2</source>
        <translation>%1 · 공식 결과가 아닌 시뮬레이션 · 가중치: %2</translation>
    </message>
    <message>
        <source>This round has no scores to re-rank.</source>
        <translation>이 회차에는 다시 순위를 매길 점수가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SaveOrganisationCommand</name>
    <message>
        <source>add organisation %1</source>
        <translation>기관 %1 추가</translation>
    </message>
    <message>
        <source>edit organisation %1</source>
        <translation>기관 %1 수정</translation>
    </message>
    <message>
        <source>As a company it would be in two consortia at once; record its departure first.</source>
        <translation>기업으로 바꾸면 같은 기간에 두 컨소시엄에 속하게 됩니다. 먼저 탈퇴를 기록하십시오.</translation>
    </message>
</context>
<context>
    <name>SealRoundCommand</name>
    <message>
        <source>seal %1</source>
        <translation>%1 확정</translation>
    </message>
</context>
<context>
    <name>SealedResultStore</name>
    <message>
        <source>An export has shown this since it was recorded, so it is part of what was published and can no longer be taken back; record a correction instead.</source>
        <translation>기록된 뒤 이미 내보내기에 포함되어 공개된 내용이 되었으므로 되돌릴 수 없습니다. 대신 정정을 기록하십시오.</translation>
    </message>
    <message>
        <source>This round has corrections; it stays sealed.</source>
        <translation>이 평가에는 정정 기록이 있으므로 확정 상태가 유지됩니다.</translation>
    </message>
    <message>
        <source>This round is sealed: its results change only through a correction.</source>
        <translation>이 평가는 확정되었습니다. 결과는 정정으로만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The round to seal does not exist.</source>
        <translation>확정할 평가가 없습니다.</translation>
    </message>
    <message>
        <source>This round is already sealed.</source>
        <translation>이 평가는 이미 확정되었습니다.</translation>
    </message>
    <message>
        <source>This round has no results to seal.</source>
        <translation>이 평가에는 확정할 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of this round are still pending; a round is sealed once all its results are announced.</source>
        <translation>
            <numerusform>이 평가의 결과 %n건이 아직 발표 전입니다. 모든 결과가 발표된 뒤에 확정할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sealing date is missing.</source>
        <translation>확정일이 없습니다.</translation>
    </message>
    <message>
        <source>The sealing date is before the results were announced (%1).</source>
        <translation>확정일이 결과 발표일(%1)보다 앞섭니다.</translation>
    </message>
    <message>
        <source>This round is not sealed.</source>
        <translation>이 평가는 확정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The result to correct does not exist.</source>
        <translation>정정할 결과가 없습니다.</translation>
    </message>
    <message>
        <source>This result&apos;s round is not sealed: change the result itself instead of recording a correction.</source>
        <translation>이 결과의 평가는 확정되지 않았습니다. 정정을 기록하지 말고 결과를 직접 수정하십시오.</translation>
    </message>
    <message>
        <source>The date the correction was recorded is missing.</source>
        <translation>정정 기록일이 없습니다.</translation>
    </message>
    <message>
        <source>A correction cannot be recorded before the round was sealed (%1).</source>
        <translation>평가 확정일(%1) 이전 날짜로 정정을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>A correction needs a reason, in Korean or English.</source>
        <translation>정정에는 한국어 또는 영어로 된 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>A correction needs a source.</source>
        <translation>정정에는 출처가 필요합니다.</translation>
    </message>
    <message>
        <source>The illustrative source cannot be the source of a correction; name the source that published it.</source>
        <translation>예시 데이터 출처는 정정의 출처가 될 수 없습니다. 정정을 공개한 출처를 지정하십시오.</translation>
    </message>
    <message>
        <source>A corrected total score needs its own source.</source>
        <translation>정정된 총점에는 별도의 출처가 필요합니다.</translation>
    </message>
    <message>
        <source>A total score cannot be negative.</source>
        <translation>총점은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A rank starts at 1.</source>
        <translation>순위는 1부터 시작합니다.</translation>
    </message>
    <message>
        <source>An eliminated team needs the reason it left.</source>
        <translation>탈락한 팀에는 탈락 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Only an eliminated or withdrawn team has a reason for leaving.</source>
        <translation>탈락하거나 포기한 팀만 탈락·이탈 사유를 가집니다.</translation>
    </message>
    <message>
        <source>The correction to remove does not exist.</source>
        <translation>삭제할 정정이 없습니다.</translation>
    </message>
    <message>
        <source>This team has no score on that criterion to correct.</source>
        <translation>이 팀에는 정정할 해당 항목 점수가 없습니다.</translation>
    </message>
    <message>
        <source>A gate is corrected to passed or failed.</source>
        <translation>통과 여부 기준은 통과 또는 미통과로만 정정합니다.</translation>
    </message>
    <message>
        <source>The corrected score is missing.</source>
        <translation>정정할 점수가 없습니다.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>점수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A score cannot exceed the criterion&apos;s %1 points.</source>
        <translation>점수는 이 항목의 배점(%1점)을 넘을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>아직 입력하지 않은 항목: %1.</translation>
    </message>
</context>
<context>
    <name>ServerKeychain</name>
    <message>
        <source>The system keychain is not available (%1), so the password was not remembered. You can keep it in libpq&apos;s password file (.pgpass) instead.</source>
        <translation>시스템 키체인을 사용할 수 없어(%1) 비밀번호를 기억하지 않았습니다. 대신 libpq 비밀번호 파일(.pgpass)에 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>this K-AI Dashboard was built without QtKeychain</source>
        <translation>이 K-AI 대시보드는 QtKeychain 없이 빌드되었습니다</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>응답이 없습니다</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>실행 중인 키체인 서비스가 없습니다</translation>
    </message>
    <message>
        <source>access to it was refused</source>
        <translation>접근이 거부되었습니다</translation>
    </message>
    <message>
        <source>this system has none that QtKeychain supports</source>
        <translation>QtKeychain이 지원하는 키체인이 이 시스템에 없습니다</translation>
    </message>
    <message>
        <source>no keychain service answered; error %1</source>
        <translation>응답한 키체인 서비스가 없습니다. 오류 %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so no remembered password was used; libpq&apos;s password file (.pgpass) or PGPASSWORD applies instead.</source>
        <translation>시스템 키체인을 사용할 수 없어(%1) 기억된 비밀번호를 쓰지 않았습니다. 대신 libpq의 비밀번호 파일(.pgpass) 또는 PGPASSWORD가 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>ServerStartup</name>
    <message>
        <source>Server not reachable</source>
        <translation>서버에 연결할 수 없음</translation>
    </message>
    <message>
        <source>Open the last local file, %1, instead?</source>
        <translation>대신 마지막으로 연 로컬 파일 %1을(를) 여시겠습니까?</translation>
    </message>
    <message>
        <source>Open the sample database on this computer instead?</source>
        <translation>대신 이 컴퓨터의 샘플 데이터베이스를 여시겠습니까?</translation>
    </message>
    <message>
        <source>Open Local File</source>
        <translation>로컬 파일 열기</translation>
    </message>
    <message>
        <source>Open Sample Database</source>
        <translation>샘플 데이터베이스 열기</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>The server could not be reached; a local database is shown instead.</source>
        <translation>서버에 연결할 수 없어 로컬 데이터베이스를 대신 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>As known on %1</source>
        <translation>%1 기준</translation>
    </message>
</context>
<context>
    <name>SlideTable</name>
    <message>
        <source>Rows %1–%2 of %3 — continued on the next page (%4/%5)</source>
        <translation>전체 %3행 중 %1–%2행 — 다음 쪽에 계속 (%4/%5)</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3 — continued (%4/%5)</source>
        <translation>전체 %3행 중 %1–%2행 — 앞 쪽에서 이어짐 (%4/%5)</translation>
    </message>
</context>
<context>
    <name>SourcesSlide</name>
    <message>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>Every figure in this pack is attributed to one of these sources · %1</source>
        <translation>이 자료집의 모든 수치는 아래 출처 중 하나에 근거합니다 · %1</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
</context>
<context>
    <name>TabularFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook although its name says so (it is not a ZIP archive). Save it from Excel as an Excel workbook (.xlsx) or CSV and import that.</source>
        <translation>%1 파일은 이름과 달리 Excel 통합 문서가 아닙니다(ZIP 압축 파일이 아님). Excel에서 Excel 통합 문서(.xlsx) 또는 CSV로 저장한 뒤 그 파일을 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>TextEncodingSniffer</name>
    <message>
        <source>Save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>UTF-8로 저장한 뒤(Excel에서는 &quot;CSV UTF-8&quot;) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 is encoded as %2, not UTF-8. %3</source>
        <translation>%1 파일은 UTF-8이 아니라 %2(으)로 인코딩되어 있습니다. %3</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: it looks like CP949 (EUC-KR), the legacy Korean encoding. %2</source>
        <translation>%1 파일은 UTF-8이 아닙니다. 이전 한국어 인코딩인 CP949(EUC-KR)로 보입니다. %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it has bytes that UTF-8 does not allow). %2</source>
        <translation>%1 파일은 UTF-8이 아닙니다(UTF-8에서 허용하지 않는 바이트가 있음). %2</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Program calendar</source>
        <translation>사업 일정</translation>
    </message>
    <message>
        <source>Nothing about the program had been announced by %1.</source>
        <translation>%1까지 발표된 사업 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Today = as of %1</source>
        <translation>오늘·기준일 %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <source>Review or evaluation</source>
        <translation>심사·평가</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>개발</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>당초 계획</translation>
    </message>
    <message>
        <source>Planned, not confirmed</source>
        <translation>계획(미확정)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>주요 일정</translation>
    </message>
    <message>
        <source>Elite team</source>
        <translation>정예팀</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청 팀</translation>
    </message>
    <message>
        <source>Out of the program</source>
        <translation>사업 이탈</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation>탈락</translation>
    </message>
    <message>
        <source>Result pending</source>
        <translation>결과 발표 전</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>재진입</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Programme model release</source>
        <translation>사업 결과 모델 공개</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <source>Timeline</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Consortia %1–%2 of %3 — continued on the next page (%4/%5)</source>
        <translation>전체 %3개 컨소시엄 중 %1–%2 — 다음 쪽에 계속 (%4/%5)</translation>
    </message>
    <message>
        <source>Consortia %1–%2 of %3 — continued (%4/%5)</source>
        <translation>전체 %3개 컨소시엄 중 %1–%2 — 앞 쪽에서 이어짐 (%4/%5)</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>1 day late</source>
        <translation>1일 지연</translation>
    </message>
    <message>
        <source>1 day early</source>
        <translation>1일 앞당김</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1일 지연</translation>
    </message>
    <message>
        <source>%1 days early</source>
        <translation>%1일 앞당김</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage name · slip</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>재진입</translation>
    </message>
    <message>
        <source>Result pending</source>
        <translation>결과 발표 전</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>No further milestone planned</source>
        <translation>예정된 다음 주요 일정 없음</translation>
    </message>
    <message>
        <source>D-day</source>
        <translation>D-day</translation>
    </message>
    <message>
        <source>D-%1</source>
        <translation>D-%1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>D-12 · stage (starts date)</comment>
        <translation>%1 · %2(%3)</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>실제: %1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>계획: %1</translation>
    </message>
    <message>
        <source>Planned: %1 (not yet confirmed)</source>
        <translation>계획: %1(미확정)</translation>
    </message>
    <message>
        <source>Teams to advance (plan): %1</source>
        <translation>통과 팀 수(계획): %1</translation>
    </message>
    <message>
        <source>Click to open the results in Evaluation Rounds</source>
        <translation>클릭하면 평가 결과 화면에서 결과를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Re-entered through %1</source>
        <translation>재진입 경로: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>%1 발표</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>%1 신청</translation>
    </message>
    <message>
        <source>Left the program %1</source>
        <translation>%1 사업 이탈</translation>
    </message>
    <message>
        <source>%1, sources differ</source>
        <translation>%1, 출처마다 다름</translation>
    </message>
    <message>
        <source>%1, sources differ (%2)</source>
        <translation>%1, 출처마다 다름(%2)</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <comment>Next: stage · when</comment>
        <translation>다음 일정: %1 · %2</translation>
    </message>
    <message>
        <source>planned %1, not yet announced</source>
        <translation>%1 예정, 아직 발표되지 않음</translation>
    </message>
    <message>
        <source>1 day after the end of %1</source>
        <translation>%1 말 대비 1일 늦음</translation>
    </message>
    <message>
        <source>%1 days after the end of %2</source>
        <translation>%2 말 대비 %1일 늦음</translation>
    </message>
    <message>
        <source>1 day before %1 began</source>
        <translation>%1 초 대비 1일 이름</translation>
    </message>
    <message>
        <source>%1 days before %2 began</source>
        <translation>%2 초 대비 %1일 이름</translation>
    </message>
    <message>
        <source>Programme model release: %1</source>
        <translation>사업 결과 모델 공개: %1</translation>
    </message>
</context>
<context>
    <name>XlsxDateStyles</name>
    <message>
        <source>its styles are damaged (%1)</source>
        <translation>스타일 정보가 손상되었습니다(%1)</translation>
    </message>
</context>
<context>
    <name>XlsxDocument</name>
    <message>
        <source>Cannot assemble the workbook for %1.</source>
        <translation>%1의 통합 문서를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The overview has no table to export; choose consortia, timeline, gpu, rounds or workbook.</source>
        <translation>개요 화면에는 내보낼 표가 없습니다. consortia, timeline, gpu, rounds, workbook 중 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>K-AI Dashboard tables</source>
        <translation>K-AI 대시보드 표</translation>
    </message>
    <message>
        <source>K-AI Dashboard table</source>
        <translation>K-AI 대시보드 표</translation>
    </message>
    <message>
        <source>Consortia</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Timeline stages</source>
        <translation>일정 단계</translation>
    </message>
    <message>
        <source>GPU summary</source>
        <translation>GPU 요약</translation>
    </message>
    <message>
        <source>GPU usage by period</source>
        <translation>기간별 GPU 사용량</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Members %1</source>
        <translation>%1 구성 기관</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>사업비</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>its shared strings are damaged (%1)</source>
        <translation>공유 문자열 정보가 손상되었습니다(%1)</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>the sheet is damaged after row %1 (%2)</source>
        <translation>시트가 %1행 이후에서 손상되었습니다(%2)</translation>
    </message>
    <message>
        <source>a cell of row %1 has no valid reference</source>
        <translation>%1행의 셀 하나에 올바른 셀 주소가 없습니다</translation>
    </message>
    <message>
        <source>cell %1 is out of order in its row</source>
        <translation>%1 셀이 행 안에서 순서가 어긋나 있습니다</translation>
    </message>
    <message>
        <source>cell %1 holds a formula without a saved result; open the workbook in Excel or LibreOffice and save it again</source>
        <translation>%1 셀의 수식에 저장된 결과값이 없습니다. 통합 문서를 Excel이나 LibreOffice에서 열어 다시 저장하십시오</translation>
    </message>
    <message>
        <source>row is longer than %1 MB; it was not kept</source>
        <translation>행이 %1MB보다 길어 보관하지 않았습니다</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>%1 셀이 통합 문서에 없는 공유 문자열 %2을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>cell %1 holds the error %2</source>
        <translation>%1 셀에 오류 값 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>cell %1 holds &apos;%2&apos;, which is not a number</source>
        <translation>%1 셀의 &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>cell %1 is 29 February 1900, a day that does not exist (Excel counts it for compatibility with Lotus 1-2-3)</source>
        <translation>%1 셀은 존재하지 않는 날짜인 1900년 2월 29일입니다(Excel이 Lotus 1-2-3과의 호환을 위해 세는 날짜)</translation>
    </message>
    <message>
        <source>cell %1 holds %2, which is not a date Excel can show</source>
        <translation>%1 셀의 %2은(는) Excel이 표시할 수 있는 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>the sheet is damaged after its last row (%1)</source>
        <translation>시트가 마지막 행 이후에서 손상되었습니다(%1)</translation>
    </message>
    <message>
        <source>row %1 is hidden in the workbook; it was read like the others</source>
        <translation>%1행은 통합 문서에서 숨겨진 행입니다. 다른 행과 똑같이 읽었습니다</translation>
    </message>
    <message>
        <source>rows %1 to %2 are hidden in the workbook; they were read like the others</source>
        <translation>%1~%2행은 통합 문서에서 숨겨진 행입니다. 다른 행과 똑같이 읽었습니다</translation>
    </message>
    <message>
        <source>cells %1 are merged: only the first holds the value, the others were read as empty</source>
        <translation>%1 셀은 병합되어 있습니다. 값은 첫 셀에만 있고 나머지 셀은 빈 값으로 읽었습니다</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>%1 is an encrypted (password-protected) workbook and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation>%1 파일은 암호화된(암호로 보호된) 통합 문서라 읽을 수 없습니다. Excel에서 열어 암호를 제거하고(파일 → 정보 → 통합 문서 보호) 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or another older Office file, which cannot be read. Save it in Excel as an Excel workbook (.xlsx) or CSV and import that.</source>
        <translation>%1 파일은 Excel 97-2003 통합 문서(.xls) 또는 이전 Office 형식 파일이라 읽을 수 없습니다. Excel에서 Excel 통합 문서(.xlsx) 또는 CSV로 저장한 뒤 그 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable ZIP archive, which an .xlsx workbook is.</source>
        <translation>%1 파일이 손상되었습니다. .xlsx 통합 문서는 ZIP 압축 파일이어야 하는데 읽을 수 있는 ZIP 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>%1 파일은 ZIP 압축 파일이지만 Excel 통합 문서가 아닙니다(xl/workbook.xml이 없음).</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: it has no %2.</source>
        <translation>%1 파일은 완전한 Excel 통합 문서가 아닙니다. %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is password-protected and cannot be read. Save it again without a password and import it again.</source>
        <translation>%1 파일은 암호로 보호되어 있어 읽을 수 없습니다. 암호 없이 다시 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>%1 파일이 손상되었습니다. 구성 요소 %2을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (%3).</source>
        <translation>%1 파일이 손상되었습니다. 구성 요소 %2을(를) 읽을 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>체크섬 불일치</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 파일에 워크시트가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no sheet named &apos;%2&apos;; its sheets are: %3.</source>
        <translation>%1 파일에 &apos;%2&apos; 시트가 없습니다. 있는 시트: %3.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>Shaded cells are illustrative sample figures, not reported data (%1).</source>
        <translation>음영 처리된 셀은 보고된 자료가 아닌 예시 수치입니다(%1).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Corrections and reasons</source>
        <translation>정정 내역과 사유</translation>
    </message>
</context>
<context>
    <name>XlsxXmlScanner</name>
    <message>
        <source>a tag or text is longer than 16 MB</source>
        <translation>태그 또는 텍스트가 16MB를 넘습니다</translation>
    </message>
    <message>
        <source>a tag holds &apos;&lt;&apos;</source>
        <translation>태그 안에 &apos;&lt;&apos;가 있습니다</translation>
    </message>
    <message>
        <source>a tag is longer than 16 MB</source>
        <translation>태그가 16MB를 넘습니다</translation>
    </message>
    <message>
        <source>premature end of the document</source>
        <translation>문서가 도중에 끝났습니다</translation>
    </message>
    <message>
        <source>text outside the document element</source>
        <translation>문서 요소 바깥에 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>text holds an unknown or malformed entity</source>
        <translation>텍스트에 알 수 없거나 잘못된 엔티티가 있습니다</translation>
    </message>
    <message>
        <source>a DOCTYPE or other declaration, which a workbook never has</source>
        <translation>통합 문서에는 없어야 할 DOCTYPE 등의 선언이 있습니다</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>이름이 없는 태그가 있습니다</translation>
    </message>
    <message>
        <source>a second document element</source>
        <translation>두 번째 문서 요소가 있습니다</translation>
    </message>
    <message>
        <source>an end tag that does not match its start</source>
        <translation>시작 태그와 맞지 않는 끝 태그가 있습니다</translation>
    </message>
    <message>
        <source>attributes not separated by space</source>
        <translation>속성이 공백으로 구분되어 있지 않습니다</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>값이 없는 속성이 있습니다</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>따옴표로 묶이지 않은 속성 값이 있습니다</translation>
    </message>
    <message>
        <source>an attribute value holds &apos;&lt;&apos; or a malformed entity</source>
        <translation>속성 값에 &apos;&lt;&apos; 또는 잘못된 엔티티가 있습니다</translation>
    </message>
    <message>
        <source>an element inside a text-only element</source>
        <translation>텍스트만 있어야 할 요소 안에 다른 요소가 있습니다</translation>
    </message>
</context>
<context>
    <name>kai::ChartFiguresModel</name>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
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
    <message>
        <source>None on record</source>
        <comment>latest model: no programme release known</comment>
        <translation>기록된 모델 없음</translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumAllocationModel</name>
    <message>
        <source>Provider</source>
        <translation>공급사</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 수</translation>
    </message>
    <message>
        <source>H100 eq.</source>
        <comment>H100-equivalent GPUs, short column heading</comment>
        <translation>H100 환산</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1~%2</translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumMemberModel</name>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>참여 기간</translation>
    </message>
    <message>
        <source>%1 – %2 (left)</source>
        <translation>%1~%2(탈퇴)</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>출처: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — also in another consortium</source>
        <translation>%1 — 다른 컨소시엄에도 소속</translation>
    </message>
    <message>
        <source>%1
This company is listed in another consortium for an overlapping period, against the one-consortium rule. Select it to see its history.</source>
        <translation>%1
이 기업은 같은 기간에 다른 컨소시엄에도 등록되어 있어 단일 컨소시엄 참여 원칙에 어긋납니다. 선택하면 참여 이력을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumReleaseModel</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>공개일</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>미공개</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1 (%2B active)</source>
        <translation>%1(활성 %2B)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · the company&apos;s own release</source>
        <translation>%1 · 기업 자체 공개</translation>
    </message>
</context>
<context>
    <name>kai::ConsortiumRoundModel</name>
    <message>
        <source>Round</source>
        <translation>평가 단계</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>%1위</translation>
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
        <translation>대기업</translation>
    </message>
    <message>
        <source>SME</source>
        <comment>startups and SMEs, short column heading</comment>
        <translation>중소</translation>
    </message>
    <message>
        <source>Univ.</source>
        <comment>universities, short column heading</comment>
        <translation>대학</translation>
    </message>
    <message>
        <source>Inst.</source>
        <comment>institutes and public bodies, short column heading</comment>
        <translation>연구·공공</translation>
    </message>
    <message>
        <source>GPUs</source>
        <comment>GPUs allocated, short column heading</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성 기관</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1(탈퇴)</translation>
    </message>
    <message>
        <source>%1 (also in another consortium)</source>
        <translation>%1(다른 컨소시엄에도 소속)</translation>
    </message>
    <message>
        <source>%1
A member company of this consortium is also listed in another consortium at the same time, against the one-consortium rule.</source>
        <translation>%1
이 컨소시엄의 참여 기업 중 같은 기간에 다른 컨소시엄에도 등록된 기업이 있어 단일 컨소시엄 참여 원칙에 어긋납니다.</translation>
    </message>
    <message>
        <source>None on record</source>
        <comment>latest model: no programme release known</comment>
        <translation>기록된 모델 없음</translation>
    </message>
    <message>
        <source>None yet (from %1)</source>
        <comment>GPUs allocated</comment>
        <translation>아직 없음(%1부터)</translation>
    </message>
    <message>
        <source>None (ended %1)</source>
        <comment>GPUs allocated</comment>
        <translation>없음(%1 종료)</translation>
    </message>
    <message>
        <source>None published</source>
        <comment>GPUs allocated: no allocation of the team is published</comment>
        <translation>공개된 배정 없음</translation>
    </message>
    <message>
        <source>%1 GPUs, about %2 H100 equivalents</source>
        <translation>GPU %1장, H100 환산 약 %2장</translation>
    </message>
</context>
<context>
    <name>kai::ExportRegisterModel</name>
    <message>
        <source>Briefing pack</source>
        <translation>브리핑 자료집</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>보도용</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>내부검토용</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보낸 시각</translation>
    </message>
    <message>
        <source>View</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>체크섬</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>kai::FundingTableModel</name>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>민간</translation>
    </message>
    <message>
        <source>Government share</source>
        <translation>정부 지원 비율</translation>
    </message>
    <message>
        <source>Open-source grade</source>
        <translation>오픈소스 등급</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
    <message>
        <source>Allocation used</source>
        <translation>할당 대비 사용률</translation>
    </message>
</context>
<context>
    <name>kai::GpuUsagePeriodModel</name>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>사용 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours allocated</source>
        <translation>할당 GPU 시간</translation>
    </message>
    <message>
        <source>H100-equivalent hours</source>
        <translation>GPU 시간(H100 환산)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>특이 사항</translation>
    </message>
    <message>
        <source>Under-used: %1</source>
        <translation>저활용: %1</translation>
    </message>
    <message>
        <source>Over allocation: %1</source>
        <translation>할당 초과: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Allocation used</source>
        <translation>할당 대비 사용률</translation>
    </message>
    <message>
        <source>Hardware utilisation</source>
        <translation>하드웨어 가동률</translation>
    </message>
</context>
<context>
    <name>kai::OrganisationHistoryModel</name>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>참여일</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>탈퇴일</translation>
    </message>
    <message>
        <source>One-consortium rule</source>
        <translation>단일 컨소시엄 참여 원칙</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>준수</translation>
    </message>
    <message>
        <source>Breach: overlaps with %1</source>
        <translation>위반: %1과(와) 기간 중복</translation>
    </message>
    <message>
        <source>Still a member</source>
        <translation>현재 참여 중</translation>
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
        <translation>%1(통과 여부)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Weighted total</source>
        <translation>가중 합계</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
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
        <source>confidential</source>
        <comment>short marker in a table cell</comment>
        <translation>비공개</translation>
    </message>
    <message>
        <source>sample</source>
        <comment>short marker in a table cell: an illustrative sample value</comment>
        <translation>예시</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>kai::ScopedTableModel</name>
    <message>
        <source>Lead</source>
        <comment>주관기관</comment>
        <translation>주관</translation>
    </message>
    <message>
        <source>Participant</source>
        <comment>참여기관</comment>
        <translation>참여</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <name>kai::edit::EditSession</name>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>kai::history::ChangeLogModel</name>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>참여 정보</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>모델 공개</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Round result</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <source>Criterion score</source>
        <translation>기준별 점수</translation>
    </message>
    <message>
        <source>GPU allocation</source>
        <translation>GPU 할당</translation>
    </message>
    <message>
        <source>GPU usage</source>
        <translation>GPU 사용량</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>데이터베이스 형식</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>업그레이드</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Round seal</source>
        <translation>평가 확정</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Criterion score correction</source>
        <translation>항목 점수 정정</translation>
    </message>
</context>
<context>
    <name>kai::review::NoteListModel</name>
    <message>
        <source>Question</source>
        <translation>질의</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정 요청</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Consortium: %1</source>
        <translation>컨소시엄: %1</translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation>%2의 참여기관 %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>Result of %1 in %2</source>
        <translation>%2 평가 결과: %1</translation>
    </message>
    <message>
        <source>GPU use of %1 in %2</source>
        <translation>%1의 %2 GPU 사용량</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>Not merged yet</source>
        <translation>아직 회신 전</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>Changed since your review copy; now: %1</source>
        <translation>검토용 사본 이후 변경됨. 현재 값: %1</translation>
    </message>
    <message>
        <source>The item no longer exists</source>
        <translation>항목이 더 이상 없음</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>처리 완료: %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>기각: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation>검토 시 값</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>제안 값</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>kai::review::NotesBook</name>
    <message>
        <source>No database is open.</source>
        <translation>열려 있는 데이터베이스가 없습니다.</translation>
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
    <message>
        <source>No database open</source>
        <translation>열린 데이터베이스 없음</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
</context>
<context>
    <name>kai::ui::AddNoteDialog</name>
    <message>
        <source>Add Review Note</source>
        <translation>검토 의견 추가</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>의견(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Proposed value:</source>
        <translation>제안 값(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kai::ui::AllocationDialog</name>
    <message>
        <source>Add GPU Allocation</source>
        <translation>GPU 할당 추가</translation>
    </message>
    <message>
        <source>&amp;Consortium:</source>
        <translation>컨소시엄(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>공급사(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>GPU 모델(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Number of GPUs:</source>
        <translation>GPU 수(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To (last day):</source>
        <translation>종료(마지막 날)(&amp;T):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>정확한 수</translation>
    </message>
    <message>
        <source>About (approximate count)</source>
        <translation>약(근사치)</translation>
    </message>
    <message>
        <source>None allocated (the source says so)</source>
        <translation>배정 없음(출처에 명시)</translation>
    </message>
    <message>
        <source>&amp;What the source says:</source>
        <translation>출처 기재 방식(&amp;W):</translation>
    </message>
</context>
<context>
    <name>kai::ui::BumpChart</name>
    <message>
        <source>Round</source>
        <translation>평가 단계</translation>
    </message>
</context>
<context>
    <name>kai::ui::ChangeHistoryView</name>
    <message>
        <source>Change History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>작성자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From/to:</source>
        <translation>기간(&amp;F):</translation>
    </message>
    <message>
        <source>Search the changes</source>
        <translation>변경 내용 검색</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>내보내기 등록부</translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation>데이터 변경</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>kai::ui::ChangesView</name>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>기준(&amp;S):</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>변경 사항 기준</translation>
    </message>
    <message>
        <source>Since this day</source>
        <translation>이 날짜 이후</translation>
    </message>
    <message>
        <source>Notes on the changes</source>
        <translation>변경 사항에 대한 안내</translation>
    </message>
</context>
<context>
    <name>kai::ui::ChartView</name>
    <message>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <translation>표로 보기(&amp;T)</translation>
    </message>
</context>
<context>
    <name>kai::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>&amp;Saved connections:</source>
        <translation>저장된 연결(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 모드(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>삭제(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the chosen connection from the saved list and its password from the keychain</source>
        <translation>선택한 연결을 저장 목록에서, 그 비밀번호를 키체인에서 삭제합니다</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(새 연결)</translation>
    </message>
    <message>
        <source>Give it a name to save it in the list</source>
        <translation>이름을 지정하면 목록에 저장됩니다</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Empty: libpq&apos;s password file (.pgpass) or the keychain</source>
        <translation>비워 두면 .pgpass 파일 또는 키체인의 비밀번호 사용</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>시스템 키체인에 비밀번호 기억(&amp;R)</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: 암호화하지 않음</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer: 서버가 지원하면 암호화</translation>
    </message>
    <message>
        <source>require: encrypted, server not verified</source>
        <translation>require: 암호화, 서버 검증 안 함</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: 암호화, 인증서 검증</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: 암호화, 인증서와 호스트 이름 검증</translation>
    </message>
    <message>
        <source>Recommended: verify-full, which encrypts the connection and checks that the server is the one named.</source>
        <translation>권장: verify-full. 연결을 암호화하고 접속한 서버가 지정한 서버인지 확인합니다.</translation>
    </message>
    <message>
        <source>Optional; otherwise ~/.postgresql/root.crt</source>
        <translation>선택 사항(기본값: ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>연결(&amp;O)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>인증서 (*.crt *.pem);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The connection “%1” was removed from the list.</source>
        <translation>연결 “%1”을(를) 목록에서 삭제했습니다.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; the database has schema version %3.</source>
        <translation>%1에 %2(으)로 연결했습니다. 데이터베이스 스키마 버전은 %3입니다.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 모드</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
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
        <translation>신청한 모든 컨소시엄의 유형별 구성 기관과 선택한 날짜 기준 상태를 보여 줍니다. 컨소시엄을 선택하면 전체 기록을, 구성 기관을 선택하면 그 기관이 참여한 모든 컨소시엄을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Search consortia and organisations: Korean, English or initial consonants (e.g. ㅇㅅㅌㅇㅈ)  —  Ctrl+F</source>
        <translation>컨소시엄·기관 검색: 한글, 영문 또는 초성(예: ㅇㅅㅌㅇㅈ)  —  Ctrl+F</translation>
    </message>
    <message>
        <source>Search consortia and organisations</source>
        <translation>컨소시엄·기관 검색</translation>
    </message>
    <message>
        <source>Filters by Korean or English name, part of a name, or Korean initial consonants. Escape clears.</source>
        <translation>한글·영문 이름, 이름 일부 또는 초성으로 걸러 냅니다. Esc 키를 누르면 검색어를 지웁니다.</translation>
    </message>
    <message>
        <source>Consortia: column headings, click to sort</source>
        <translation>컨소시엄 표 열 머리글(클릭하면 정렬)</translation>
    </message>
    <message>
        <source>Arrow keys move between consortia; Enter opens the details.</source>
        <translation>화살표 키로 컨소시엄 사이를 이동하고 Enter 키로 세부 정보를 엽니다.</translation>
    </message>
    <message>
        <source>Consortia and details</source>
        <translation>컨소시엄 및 세부 정보</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1곳</translation>
    </message>
    <message>
        <source>Consortia found: %1 of %2</source>
        <translation>검색된 컨소시엄: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Consortia: %1</source>
        <translation>컨소시엄: %1개</translation>
    </message>
    <message>
        <source>%1 · organisations found: %2</source>
        <translation>%1 · 검색된 기관: %2</translation>
    </message>
</context>
<context>
    <name>kai::ui::ConsortiumDetailPanel</name>
    <message>
        <source>Status on %1: %2</source>
        <translation>%1 기준 상태: %2</translation>
    </message>
    <message>
        <source>Lead organisation: %1</source>
        <translation>주관기관: %1</translation>
    </message>
    <message>
        <source>Applied on %1</source>
        <translation>신청일: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2) — %3</source>
        <translation>출처: %1(%2) — %3</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>출처: %1(%2)</translation>
    </message>
    <message>
        <source>One-consortium rule breached: %1 is also listed in another consortium for an overlapping period. Select it below to see where.</source>
        <translation>단일 컨소시엄 참여 원칙 위반: %1이(가) 같은 기간에 다른 컨소시엄에도 등록되어 있습니다. 아래에서 선택하면 어느 컨소시엄인지 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Member history: %1</source>
        <translation>참여 이력: %1</translation>
    </message>
    <message>
        <source>%1 has no membership known on this date.</source>
        <translation>이 날짜 기준으로 확인된 %1의 참여 이력이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a company listed in more than one consortium at the same time: this breaks the one-consortium rule.</source>
        <translation>%1은(는) 같은 기간에 둘 이상의 컨소시엄에 등록된 기업으로, 단일 컨소시엄 참여 원칙에 어긋납니다.</translation>
    </message>
    <message>
        <source>%1 is listed twice in the same consortium for an overlapping period.</source>
        <translation>%1이(가) 같은 컨소시엄에 기간이 겹치게 두 번 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>Select a consortium to see its members, models, GPUs and results.</source>
        <translation>컨소시엄을 선택하면 구성 기관, 모델, GPU, 평가 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Select a member to see every consortium it has belonged to.</source>
        <translation>구성 기관을 선택하면 그 기관이 소속되었던 모든 컨소시엄을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Press Enter or double-click a consortium to open it.</source>
        <translation>컨소시엄을 열려면 Enter 키를 누르거나 더블클릭하십시오.</translation>
    </message>
    <message>
        <source>Members by kind</source>
        <translation>유형별 구성 기관</translation>
    </message>
    <message>
        <source>No member is known on this date.</source>
        <translation>이 날짜 기준으로 확인된 구성 기관이 없습니다.</translation>
    </message>
    <message>
        <source>Results by round</source>
        <translation>평가 단계별 결과</translation>
    </message>
    <message>
        <source>No round result has been announced by this date.</source>
        <translation>이 날짜까지 발표된 평가 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Released models</source>
        <translation>공개 모델</translation>
    </message>
    <message>
        <source>No model released by this date.</source>
        <translation>이 날짜까지 공개된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>GPU allocations</source>
        <translation>GPU 할당</translation>
    </message>
    <message>
        <source>No GPU allocation announced by this date.</source>
        <translation>이 날짜까지 발표된 GPU 할당이 없습니다.</translation>
    </message>
    <message>
        <source>Consortium details</source>
        <translation>컨소시엄 세부 정보</translation>
    </message>
</context>
<context>
    <name>kai::ui::ConsortiumDialog</name>
    <message>
        <source>Add Consortium</source>
        <translation>컨소시엄 추가</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>이름(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>주관기관(&amp;L):</translation>
    </message>
    <message>
        <source>A&amp;pplied on:</source>
        <translation>신청일(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
</context>
<context>
    <name>kai::ui::CorrectionAcceptor</name>
    <message>
        <source>From review note %1 by %2</source>
        <translation>검토 의견 %1(검토자 %2)에서 반영</translation>
    </message>
    <message>
        <source>Only a merged note can be accepted.</source>
        <translation>가져온 의견만 반영할 수 있습니다.</translation>
    </message>
    <message>
        <source>Correction accepted: %1</source>
        <translation>수정 의견 반영: %1</translation>
    </message>
</context>
<context>
    <name>kai::ui::CorrectionDialog</name>
    <message>
        <source>The total is confidential</source>
        <translation>총점 비공개</translation>
    </message>
    <message>
        <source>Record Correction</source>
        <translation>정정 기록</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Eliminated (below the cut line)</source>
        <translation>탈락(기준 점수 미달)</translation>
    </message>
    <message>
        <source>Failed a gate</source>
        <translation>필수 요건 미충족</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>결과 발표 전</translation>
    </message>
    <message>
        <source>Why the result is corrected, in Korean</source>
        <translation>결과를 정정하는 사유(한국어)</translation>
    </message>
    <message>
        <source>Why the result is corrected, in English</source>
        <translation>결과를 정정하는 사유(영어)</translation>
    </message>
    <message>
        <source>Internal: never in press exports</source>
        <translation>내부용: 보도용 내보내기에는 넣지 않음</translation>
    </message>
    <message>
        <source>A sealed result is never overwritten: the correction is a new version with its reason and source, and the original stays. Views show the corrected value with a marker from the day it is recorded.</source>
        <translation>확정된 결과는 덮어쓰지 않습니다. 정정은 사유와 출처를 갖춘 새 판으로 기록되고 원래 값은 그대로 남습니다. 기록일부터 모든 화면에 정정 표시와 함께 정정된 값이 나타납니다.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>평가 결과(&amp;O):</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>순위(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Total score:</source>
        <translation>총점(&amp;T):</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>내부 메모(&amp;N):</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>결과(&amp;U):</translation>
    </message>
    <message>
        <source>Recor&amp;ded on:</source>
        <translation>기록일(&amp;D):</translation>
    </message>
    <message>
        <source>Correction reason (&amp;Korean):</source>
        <translation>정정 사유(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Correction reason (&amp;English):</source>
        <translation>정정 사유(영어)(&amp;E):</translation>
    </message>
</context>
<context>
    <name>kai::ui::CriterionCorrectionDialog</name>
    <message>
        <source>The score is confidential</source>
        <translation>점수 비공개</translation>
    </message>
    <message>
        <source>Correct Criterion Score</source>
        <translation>항목 점수 정정</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미통과</translation>
    </message>
    <message>
        <source>Why the score is corrected, in Korean</source>
        <translation>점수를 정정하는 사유(한국어)</translation>
    </message>
    <message>
        <source>Why the score is corrected, in English</source>
        <translation>점수를 정정하는 사유(영어)</translation>
    </message>
    <message>
        <source>Internal: never in press exports</source>
        <translation>내부용: 보도용 내보내기에는 넣지 않음</translation>
    </message>
    <message>
        <source>A sealed round&apos;s scores are never overwritten: the correction is a new version with its reason and source, and the original stays. Views show the corrected score with a marker from the day it is recorded.</source>
        <translation>확정된 평가의 점수는 덮어쓰지 않습니다. 정정은 사유와 출처를 갖춘 새 판으로 기록되고 원래 점수는 그대로 남습니다. 기록일부터 모든 화면에 정정 표시와 함께 정정된 점수가 나타납니다.</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>결과(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>평가 항목(&amp;C):</translation>
    </message>
    <message>
        <source>Corrected &amp;score:</source>
        <translation>정정 점수(&amp;S):</translation>
    </message>
    <message>
        <source>Recor&amp;ded on:</source>
        <translation>기록일(&amp;D):</translation>
    </message>
    <message>
        <source>Correction reason (&amp;Korean):</source>
        <translation>정정 사유(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Correction reason (&amp;English):</source>
        <translation>정정 사유(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>내부 메모(&amp;N):</translation>
    </message>
    <message>
        <source>Also correct the weighted total to %1, the criteria&apos;s new sum (one step, one Undo)</source>
        <translation>가중 총점도 항목 점수의 새 합계 %1(으)로 정정(한 단계, 한 번에 실행 취소)</translation>
    </message>
</context>
<context>
    <name>kai::ui::DatePrecisionBox</name>
    <message>
        <source>Exact day</source>
        <translation>정확한 날짜</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>월까지만</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>연도까지만</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>날짜 정밀도</translation>
    </message>
</context>
<context>
    <name>kai::ui::DetailSection</name>
    <message>
        <source>%1: column headings</source>
        <translation>%1: 열 머리글</translation>
    </message>
</context>
<context>
    <name>kai::ui::DisplayNameDialog</name>
    <message>
        <source>Your Name in the Change Log</source>
        <translation>변경 이력에 기록할 이름</translation>
    </message>
    <message>
        <source>Every edit you make is recorded in the change log with your computer account (%1) and the name below, so that whoever reads the log knows who made it. Leave it empty to be recorded by the account alone.</source>
        <translation>편집할 때마다 컴퓨터 계정(%1)과 아래 이름이 변경 이력에 함께 기록되어, 이력을 보는 사람이 누가 수정했는지 알 수 있습니다. 비워 두면 계정만 기록됩니다.</translation>
    </message>
    <message>
        <source>e.g. Kim Min-ji, AI Policy Division</source>
        <translation>예: 김민지, 인공지능정책과</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
</context>
<context>
    <name>kai::ui::EditActions</name>
    <message>
        <source>The edit could not be written</source>
        <translation>수정 내용을 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>실행 취소: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>다시 실행: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>수정 기록(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Consortium…</source>
        <translation>컨소시엄 추가(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;Organisation…</source>
        <translation>기관 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>기관 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Member &amp;Joins…</source>
        <translation>참여기관 합류(&amp;J)…</translation>
    </message>
    <message>
        <source>Member &amp;Leaves…</source>
        <translation>참여기관 탈퇴(&amp;L)…</translation>
    </message>
    <message>
        <source>Record Model &amp;Release…</source>
        <translation>모델 공개 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;Stage…</source>
        <translation>단계 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Change Stage &amp;Dates…</source>
        <translation>단계 일정 변경(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Mark Stage Announced…</source>
        <translation>단계 실제 일정 발표 기록(&amp;M)…</translation>
    </message>
    <message>
        <source>Record Round &amp;Results…</source>
        <translation>평가 결과 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Define Round &amp;Criteria…</source>
        <translation>평가 기준 정의(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;GPU Allocation…</source>
        <translation>GPU 할당 추가(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;nd GPU Allocation…</source>
        <translation>GPU 할당 종료(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>출처 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>수정 기록</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>기관 수정</translation>
    </message>
    <message>
        <source>Select a member in the consortium&apos;s detail panel first.</source>
        <translation>먼저 컨소시엄 상세 패널에서 참여기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Choose a round in the Rounds view first.</source>
        <translation>먼저 평가 화면에서 평가를 선택하십시오.</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열었을 때&gt;</translation>
    </message>
    <message>
        <source>Your &amp;Name in the Change Log…</source>
        <translation>변경 이력에 기록할 이름(&amp;N)…</translation>
    </message>
    <message>
        <source>Se&amp;al Round Results…</source>
        <translation>평가 결과 확정(&amp;A)…</translation>
    </message>
    <message>
        <source>Record Correc&amp;tion…</source>
        <translation>정정 기록(&amp;T)…</translation>
    </message>
    <message>
        <source>Record Correction</source>
        <translation>정정 기록</translation>
    </message>
    <message>
        <source>No round is sealed yet: a correction is recorded for a result of a sealed round.</source>
        <translation>아직 확정된 평가가 없습니다. 정정은 확정된 평가의 결과에 대해서만 기록합니다.</translation>
    </message>
    <message>
        <source>Correct Cr&amp;iterion Score…</source>
        <translation>항목 점수 정정(&amp;I)…</translation>
    </message>
    <message>
        <source>Correct Criterion Score</source>
        <translation>항목 점수 정정</translation>
    </message>
    <message>
        <source>No round with criterion scores is sealed yet: a criterion score is corrected once its round is sealed.</source>
        <translation>항목 점수가 있는 평가 가운데 확정된 평가가 아직 없습니다. 항목 점수는 평가가 확정된 뒤에 정정합니다.</translation>
    </message>
</context>
<context>
    <name>kai::ui::EditDialog</name>
    <message>
        <source>Optional: why, for the change history</source>
        <translation>선택 사항: 변경 이력에 남길 사유</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
</context>
<context>
    <name>kai::ui::EndAllocationDialog</name>
    <message>
        <source>End GPU Allocation</source>
        <translation>GPU 할당 종료</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 – %5</source>
        <translation>%1: %2 × %3, %4 – %5</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>할당(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>마지막 날(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kai::ui::ExportActions</name>
    <message>
        <source>&amp;Export Current View…</source>
        <translation>현재 화면 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Bilingual Twins…</source>
        <translation>한·영 쌍 이미지 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Copy View to Clipboard</source>
        <translation>화면을 클립보드에 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>내보내기 완료: %1</translation>
    </message>
    <message>
        <source>The view could not be drawn.</source>
        <translation>화면을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The view was copied to the clipboard.</source>
        <translation>화면을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>차트를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The chart was copied to the clipboard.</source>
        <translation>차트를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Export Chart as %1…</source>
        <translation>차트 내보내기(%1)…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Export Briefing Pac&amp;k…</source>
        <translation>브리핑 자료집 내보내기(&amp;K)…</translation>
    </message>
    <message>
        <source>The what-if simulation is internal; export it with the internal review profile.</source>
        <translation>가정 시뮬레이션은 내부검토용입니다. 내부검토용 프로필로 내보내십시오.</translation>
    </message>
    <message>
        <source>Export Briefing &amp;Deck…</source>
        <translation>브리핑 슬라이드 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint 프레젠테이션 (*.pptx)</translation>
    </message>
    <message>
        <source>Export Table to E&amp;xcel…</source>
        <translation>표를 엑셀로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Table to Excel for the &amp;Press…</source>
        <translation>표를 보도용 엑셀로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>The table has nothing to export.</source>
        <translation>내보낼 내용이 표에 없습니다.</translation>
    </message>
</context>
<context>
    <name>kai::ui::ExportDialog</name>
    <message>
        <source>Export Briefing Pack</source>
        <translation>브리핑 자료집 내보내기</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>화면 내보내기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 그림(벡터)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD slide)</source>
        <translation>1920 × 1080(풀 HD 슬라이드)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD slide)</source>
        <translation>1280 × 720(HD 슬라이드)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>사용자 지정 크기</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1×(표준)</translation>
    </message>
    <message>
        <source>2× (sharp on high-density screens)</source>
        <translation>2×(고해상도 화면용)</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>현재 언어</translation>
    </message>
    <message>
        <source>Korean and English (bilingual twins)</source>
        <translation>한국어와 영어(한·영 쌍 이미지)</translation>
    </message>
    <message>
        <source>Press hides confidential figures and internal notes and uses the light theme. Every export is stamped with its date, sources and data checksum.</source>
        <translation>보도용은 비공개 수치와 내부 메모를 숨기고 밝은 테마를 사용합니다. 내보낸 모든 파일에는 기준일, 출처, 데이터 체크섬이 출처 표시로 들어갑니다.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>사용자 지정 크기:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>용도(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>너비(픽셀)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>높이(픽셀)</translation>
    </message>
    <message>
        <source>Export Briefing Deck</source>
        <translation>브리핑 슬라이드 내보내기</translation>
    </message>
    <message>
        <source>None: the built-in 16:9 master</source>
        <translation>없음: 기본 16:9 마스터</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <source>PowerPoint Template</source>
        <translation>PowerPoint 템플릿</translation>
    </message>
    <message>
        <source>PowerPoint presentations and templates (*.pptx *.potx)</source>
        <translation>PowerPoint 프레젠테이션 및 서식 파일 (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>XLSX workbook (the tables)</source>
        <translation>XLSX 통합 문서(표)</translation>
    </message>
    <message>
        <source>C&amp;hanges since:</source>
        <translation>변경 기준(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Include what changed since…</source>
        <translation>이후 변경 사항 포함(&amp;I)…</translation>
    </message>
    <message>
        <source>Adds a page after the cover listing what changed since a previous briefing or a date.</source>
        <translation>표지 다음에 이전 브리핑 또는 지정한 날짜 이후의 변경 사항을 정리한 쪽을 넣습니다.</translation>
    </message>
    <message>
        <source>Changes since this day</source>
        <translation>이 날짜 이후 변경 사항</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>날짜 지정</translation>
    </message>
</context>
<context>
    <name>kai::ui::FundingPanel</name>
    <message>
        <source> — illustrative samples</source>
        <translation> — 예시 데이터</translation>
    </message>
    <message>
        <source>Government (solid)</source>
        <translation>정부(채움)</translation>
    </message>
    <message>
        <source>Private (hatched)</source>
        <translation>민간(빗금)</translation>
    </message>
    <message>
        <source>%1 %2 (grade %3)</source>
        <translation>%1 %2년(%3등급)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Government and private funding per consortium and year. The government&apos;s share depends on the open-source grade (A: most open). Per-team amounts have not been published: rows marked illustrative are samples, not official figures.</source>
        <translation>컨소시엄별·연도별 정부 및 민간 사업비입니다. 정부 지원 비율은 오픈소스 등급(A: 개방 수준 최고)에 따라 달라집니다. 팀별 금액은 공개되지 않았으므로 예시로 표시된 행은 공식 수치가 아닌 예시 데이터입니다.</translation>
    </message>
    <message>
        <source>Funding by consortium and year</source>
        <translation>컨소시엄별·연도별 사업비</translation>
    </message>
    <message>
        <source>Government and private funding (%1)</source>
        <translation>정부·민간 사업비(단위: %1)</translation>
    </message>
</context>
<context>
    <name>kai::ui::GpuImportDialog</name>
    <message>
        <source>Import GPU usage</source>
        <translation>GPU 사용량 가져오기</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Importing… %1 rows read</source>
        <translation>가져오는 중… %1행 읽음</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already present; %3 invalid rows skipped.</source>
        <translation>%1행을 가져왔습니다. %2행은 이미 있었고, 잘못된 %3행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Line %1%2: %3</source>
        <translation>%1행%2: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>보고서를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The open database is read-only; open a writable one to import.</source>
        <translation>열린 데이터베이스가 읽기 전용입니다. 가져오려면 쓰기 가능한 데이터베이스를 여십시오.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row is invalid</source>
        <translation>엄격 모드(&amp;S): 잘못된 행이 하나라도 있으면 아무것도 가져오지 않음</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행률</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>Another program kept the database locked for %1 s; giving up.</source>
        <translation>다른 프로그램이 데이터베이스를 %1초 동안 잠그고 있어 기다리기를 그만둡니다.</translation>
    </message>
    <message>
        <source>Another program is writing to the database; waiting for it to finish (%1 s of %2 s)…</source>
        <translation>다른 프로그램이 데이터베이스에 쓰고 있습니다. 끝나기를 기다리는 중입니다(%2초 중 %1초)…</translation>
    </message>
    <message>
        <source>Sheet of %1 to import:</source>
        <translation>%1에서 가져올 시트:</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.xlsx);;All files (*)</source>
        <translation>CSV 파일 및 Excel 통합 문서 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>CSV or XLSX &amp;file:</source>
        <translation>CSV 또는 XLSX 파일(&amp;F):</translation>
    </message>
    <message>
        <source>CSV or XLSX file to import</source>
        <translation>가져올 CSV 또는 XLSX 파일</translation>
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
        <translation>전체 컨소시엄</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>전체 공급사</translation>
    </message>
    <message>
        <source>All GPU models</source>
        <translation>전체 GPU 모델</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>할당</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Up to the as-of date: %1 GPU-hours allocated, %2 used (%3), %4 remaining. In the chosen period and filters: %5 GPU-hours used, %6 H100-equivalent hours.</source>
        <translation>기준일까지 할당 %1 GPU 시간 중 %2 사용(%3), 잔여 %4. 선택한 기간·필터 기준 사용량: %5 GPU 시간, H100 환산 %6시간.</translation>
    </message>
    <message>
        <source>%1: no allocation in the period</source>
        <translation>%1: 해당 기간 할당 없음</translation>
    </message>
    <message>
        <source>%1: under-used, %2 of the allocation (%3 GPU-hours left)</source>
        <translation>%1: 저활용, 할당 대비 %2(잔여 %3 GPU 시간)</translation>
    </message>
    <message>
        <source>%1: %2 of the allocation (%3 GPU-hours left)</source>
        <translation>%1: 할당 대비 %2(잔여 %3 GPU 시간)</translation>
    </message>
    <message>
        <source>%1: over allocation, %2</source>
        <translation>%1: 초과 사용, 할당 대비 %2</translation>
    </message>
    <message>
        <source>In the chosen period (under-use: below %1 of the allocation): %2</source>
        <translation>선택한 기간(저활용: 할당 대비 %1 미만): %2</translation>
    </message>
    <message>
        <source>%1 = %2 H100 (%3)</source>
        <translation>%1 = H100 × %2(%3)</translation>
    </message>
    <message>
        <source>H100-equivalent factors: %1</source>
        <translation>H100 환산 계수: %1</translation>
    </message>
    <message>
        <source>GPU-hours allocated and used per consortium up to the as-of date, raw and in H100 equivalents. Click a month&apos;s bar to see its days.</source>
        <translation>기준일까지 컨소시엄별로 할당·사용된 GPU 시간을 실제 값과 H100 환산 값으로 보여 줍니다. 월별 막대를 클릭하면 일별 현황을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: some usage figures on this page are generated examples, not official data.</source>
        <translation>%1: 이 화면의 일부 사용량 수치는 공식 데이터가 아닌 생성된 예시입니다.</translation>
    </message>
    <message>
        <source>&amp;Consortium:</source>
        <translation>컨소시엄(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>공급사(&amp;P):</translation>
    </message>
    <message>
        <source>GPU &amp;model:</source>
        <translation>GPU 모델(&amp;M):</translation>
    </message>
    <message>
        <source>Consortium filter</source>
        <translation>컨소시엄 필터</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>공급사 필터</translation>
    </message>
    <message>
        <source>GPU model filter</source>
        <translation>GPU 모델 필터</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>GPU-hours per period</source>
        <translation>기간별 GPU 시간</translation>
    </message>
    <message>
        <source>Allocation and use per consortium</source>
        <translation>컨소시엄별 할당 및 사용 현황</translation>
    </message>
    <message>
        <source>GPU-hours used per period and consortium</source>
        <translation>기간·컨소시엄별 사용 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours used per consortium</source>
        <translation>컨소시엄별 사용 GPU 시간</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 시간</translation>
    </message>
    <message>
        <source>Allocated and used GPU-hours per consortium</source>
        <translation>컨소시엄별 할당·사용 GPU 시간</translation>
    </message>
    <message>
        <source>Allocated vs used in the chosen period</source>
        <translation>선택 기간 할당 대비 사용</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>기간(&amp;D):</translation>
    </message>
    <message>
        <source>All mon&amp;ths</source>
        <translation>전체 월 보기(&amp;T)</translation>
    </message>
    <message>
        <source>No GPU allocations were known on %1.</source>
        <translation>%1 기준으로 알려진 GPU 할당이 없습니다.</translation>
    </message>
    <message>
        <source>No GPU allocation or use falls in the chosen period and filters.</source>
        <translation>선택한 기간과 조건에 해당하는 GPU 할당이나 사용 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Average hardware utilisation</source>
        <translation>평균 하드웨어 가동률</translation>
    </message>
    <message>
        <source>Hardware utilisation (hour-weighted)</source>
        <translation>하드웨어 가동률(시간 가중)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
</context>
<context>
    <name>kai::ui::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 밑줄 문자</translation>
    </message>
    <message>
        <source>Open a menu, or go to the labelled field: the as-of date, the language, a filter</source>
        <translation>메뉴를 열거나 해당 항목으로 이동: 기준일, 언어, 필터</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous control, in reading order</source>
        <translation>읽는 순서대로 다음 또는 이전 컨트롤</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next or previous tab (Evaluation Rounds)</source>
        <translation>다음 또는 이전 탭(평가 결과)</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Space</translation>
    </message>
    <message>
        <source>Open what has focus: a figure, a team, a round</source>
        <translation>포커스가 있는 항목 열기: 지표, 팀, 평가 단계</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>위쪽, 아래쪽 화살표</translation>
    </message>
    <message>
        <source>Step the as-of date or a filter; move through a table or the view list</source>
        <translation>기준일이나 필터 값 변경, 표 또는 화면 목록에서 이동</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>메뉴 키, Shift+F10</translation>
    </message>
    <message>
        <source>A chart&apos;s menu: Show as Table, copy, export</source>
        <translation>차트 메뉴: 표로 보기, 복사, 내보내기</translation>
    </message>
    <message>
        <source>Search consortia and organisations (Consortia view)</source>
        <translation>컨소시엄 및 기관 검색(컨소시엄 화면)</translation>
    </message>
    <message>
        <source>+, −, 0</source>
        <translation>+, −, 0</translation>
    </message>
    <message>
        <source>Zoom the timeline in, out, or to the whole program (Timeline view)</source>
        <translation>일정 확대, 축소 또는 전체 사업 기간 보기(추진 일정 화면)</translation>
    </message>
    <message>
        <source>Close a dialog or a menu</source>
        <translation>대화상자 또는 메뉴 닫기</translation>
    </message>
    <message>
        <source>Everything in the dashboard can be reached with the keyboard.</source>
        <translation>대시보드의 모든 기능은 키보드로 사용할 수 있습니다.</translation>
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
        <source>Illustrative sample data, not official figures</source>
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
        <translation>GPU 사용량 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>수정(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>키보드 단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>고대비 테마(&amp;H)</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>가져오기 서식 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>가져오기 서식 저장</translation>
    </message>
    <message>
        <source>gpu-usage-template.xlsx</source>
        <translation>gpu-usage-template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Server: %1, signed in as %2</source>
        <translation>서버: %1, 로그인 역할: %2</translation>
    </message>
    <message>
        <source>This server database is open read-only for your role; GPU usage cannot be imported into it.</source>
        <translation>이 서버 데이터베이스는 현재 역할로는 읽기 전용으로 열려 있어 GPU 사용량을 가져올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>kai::ui::MemberJoinsDialog</name>
    <message>
        <source>Member Joins</source>
        <translation>참여기관 합류</translation>
    </message>
    <message>
        <source>&amp;Consortium:</source>
        <translation>컨소시엄(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Joins on:</source>
        <translation>합류일(&amp;J):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
</context>
<context>
    <name>kai::ui::MemberLeavesDialog</name>
    <message>
        <source>Member Leaves</source>
        <translation>참여기관 탈퇴</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>참여기관(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>탈퇴일(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kai::ui::NoteMarkers</name>
    <message>
        <source>Add Review &amp;Note…</source>
        <translation>검토 의견 추가(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>kai::ui::NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>&amp;Open Item</source>
        <translation>항목 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>처리 완료(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>기각(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>삭제(&amp;M)</translation>
    </message>
    <message>
        <source>Remove a note of your own that has not been sent yet</source>
        <translation>아직 회신하지 않은 본인 의견을 삭제합니다</translation>
    </message>
    <message>
        <source>Resolve Note</source>
        <translation>의견 처리 완료</translation>
    </message>
    <message>
        <source>Dismiss Note</source>
        <translation>의견 기각</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Note not changed</source>
        <translation>의견을 변경하지 못함</translation>
    </message>
    <message>
        <source>Note not removed</source>
        <translation>의견을 삭제하지 못함</translation>
    </message>
    <message>
        <source>&amp;Accept Correction…</source>
        <translation>수정 반영(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the item&apos;s edit form with the value the reviewer proposed</source>
        <translation>검토자가 제안한 값으로 채운 항목 편집 양식을 엽니다</translation>
    </message>
</context>
<context>
    <name>kai::ui::OrganisationDialog</name>
    <message>
        <source>Edit Organisation</source>
        <translation>기관 수정</translation>
    </message>
    <message>
        <source>Add Organisation</source>
        <translation>기관 추가</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>이름(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
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
    <message>
        <source>No team has been selected yet: %1.</source>
        <translation>아직 선정된 팀이 없습니다: %1.</translation>
    </message>
    <message>
        <source>No team is in the competition on %1.</source>
        <translation>%1 기준 경쟁 중인 팀이 없습니다.</translation>
    </message>
    <message>
        <source>No GPUs allocated by %1</source>
        <translation>%1까지 할당된 GPU 없음</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>평가 전</translation>
    </message>
    <message>
        <source>No evaluation round decided by %1</source>
        <translation>%1까지 결과가 나온 단계평가 없음</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>No funding agreement known on %1</source>
        <translation>%1 기준 확정된 사업비 없음</translation>
    </message>
    <message>
        <source>Allocation used this month</source>
        <translation>이번 달 할당 대비 사용률</translation>
    </message>
    <message>
        <source>Allocation used to date</source>
        <translation>누적 할당 대비 사용률</translation>
    </message>
    <message>
        <source>No day of %1 is over yet</source>
        <translation>%1 사용량은 아직 집계 전</translation>
    </message>
    <message>
        <source>No GPUs allocated in %1</source>
        <translation>%1 할당된 GPU 없음</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>아직 집계 전</translation>
    </message>
    <message>
        <source>No score against a reference model published</source>
        <translation>기준 모델 대비 점수 미공개</translation>
    </message>
</context>
<context>
    <name>kai::ui::ReleaseDialog</name>
    <message>
        <source>Record Model Release</source>
        <translation>모델 공개 기록</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>공개되지 않음</translation>
    </message>
    <message>
        <source>&amp;Consortium:</source>
        <translation>컨소시엄(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>코드(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Parameters (billions):</source>
        <translation>파라미터(십억 개)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Active parameters (billions):</source>
        <translation>활성 파라미터(십억 개)(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Released on:</source>
        <translation>공개일(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>라이선스(&amp;L):</translation>
    </message>
    <message>
        <source>A source calls it an output of the programme</source>
        <translation>출처가 사업 결과물로 명시함</translation>
    </message>
    <message>
        <source>Release date &amp;known to:</source>
        <translation>공개일 정밀도(&amp;K):</translation>
    </message>
    <message>
        <source>Programme output:</source>
        <translation>사업 결과물:</translation>
    </message>
</context>
<context>
    <name>kai::ui::ReviewActions</name>
    <message>
        <source>Make &amp;Review Copy…</source>
        <translation>검토용 사본 만들기(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a read-only copy of the database to take to a meeting or on a trip</source>
        <translation>회의나 출장에 가져갈 데이터베이스 읽기 전용 사본을 만듭니다</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>검토 의견 내보내기(&amp;N)…</translation>
    </message>
    <message>
        <source>Write your review notes to one file to send back to the office</source>
        <translation>검토 의견을 사무실에 회신할 파일 하나로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Merge Review Notes…</source>
        <translation>검토 의견 가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring reviewers&apos; notes into this database as open notes</source>
        <translation>검토자 의견을 이 데이터베이스에 미결 의견으로 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Notes Panel</source>
        <translation>검토 의견 창(&amp;N)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열려 있는 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Make Review Copy</source>
        <translation>검토용 사본 만들기</translation>
    </message>
    <message>
        <source>K-AI Dashboard databases (*.sqlite)</source>
        <translation>K-AI 대시보드 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>Review copy not made</source>
        <translation>검토용 사본을 만들지 못함</translation>
    </message>
    <message>
        <source>Review copy made</source>
        <translation>검토용 사본을 만듦</translation>
    </message>
    <message>
        <source>The review copy was written to %1. It opens read-only; reviewers&apos; notes are kept in a separate file beside it.</source>
        <translation>검토용 사본을 %1에 만들었습니다. 사본은 읽기 전용으로 열리며, 검토 의견은 그 옆의 별도 파일에 보관됩니다.</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>검토 의견 내보내기</translation>
    </message>
    <message>
        <source>Review notes (*.json)</source>
        <translation>검토 의견 (*.json)</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>검토 의견을 내보내지 못함</translation>
    </message>
    <message>
        <source>Merge Review Notes</source>
        <translation>검토 의견 가져오기</translation>
    </message>
    <message>
        <source>Notes not merged</source>
        <translation>검토 의견을 가져오지 못함</translation>
    </message>
    <message>
        <source>Review notes merged</source>
        <translation>검토 의견을 가져옴</translation>
    </message>
    <message>
        <source>Accept Correction</source>
        <translation>수정 반영</translation>
    </message>
    <message>
        <source>Notes written on a server are already kept there for everyone connected; Export Notes is for a file or a review copy</source>
        <translation>서버에서 쓴 검토 의견은 이미 서버에 보관되어 접속한 모든 사람이 봅니다. 검토 의견 내보내기는 파일이나 검토용 사본에서 사용합니다</translation>
    </message>
</context>
<context>
    <name>kai::ui::RoundCriteriaDialog</name>
    <message>
        <source>Criteria and weights: %1</source>
        <translation>평가 기준과 배점: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <source>Maximum points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>필수 요건</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>기준 추가(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>기준 삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kai::ui::RoundResultsDialog</name>
    <message>
        <source>Record results: %1</source>
        <translation>결과 기록: %1</translation>
    </message>
    <message>
        <source>&amp;Evaluated on:</source>
        <translation>평가일(&amp;E):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
    <message>
        <source>Results of every team</source>
        <translation>모든 팀의 결과</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Confidential total</source>
        <translation>총점 비공개</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1(배점 %2)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Eliminated (below the cut line)</source>
        <translation>탈락(기준 점수 미달)</translation>
    </message>
    <message>
        <source>Failed a gate</source>
        <translation>필수 요건 미충족</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>결과 발표 전</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미통과</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1(예정)</translation>
    </message>
    <message numerus="yes">
        <source>Published %1 · %n consortia evaluated</source>
        <translation>
            <numerusform>%1 발표 · 평가 대상 컨소시엄 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n advanced</source>
        <translation>
            <numerusform> · 통과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>“confidential”: the score was not published. “sample”: an illustrative value made up for this dashboard, not an official figure. A dash: no score published.</source>
        <translation>“비공개”: 점수가 공개되지 않았습니다. “예시”: 이 대시보드를 위해 만든 예시 값으로, 공식 수치가 아닙니다. 대시(—): 발표된 점수가 없습니다.</translation>
    </message>
    <message>
        <source>No frozen reference or model scores are known for this round on the as-of date.</source>
        <translation>기준일 현재 이 평가 단계의 고정된 기준 모델 점수나 모델 점수가 없습니다.</translation>
    </message>
    <message>
        <source>Rank movement needs a consortium ranked in at least two rounds. Ranks published by %1: %2.</source>
        <translation>순위 변동을 보려면 두 차례 이상 순위가 매겨진 컨소시엄이 있어야 합니다. %1까지 순위가 발표된 평가 단계: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Consortia ranked in more than one round. Each point is labelled with the rank.</source>
        <translation>두 차례 이상 순위가 매겨진 컨소시엄입니다. 각 점에 순위를 표시했습니다.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>평가 단계(&amp;R):</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>평가 단계</translation>
    </message>
    <message>
        <source>&amp;Benchmark:</source>
        <translation>벤치마크(&amp;B):</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Results of the chosen round</source>
        <translation>선택한 평가 단계의 결과</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Relative performance</source>
        <translation>상대 성능</translation>
    </message>
    <message>
        <source>What-if (simulation)</source>
        <translation>가정 분석(시뮬레이션)</translation>
    </message>
    <message>
        <source>Program funnel</source>
        <translation>단계별 팀 수</translation>
    </message>
    <message>
        <source>Rank movement</source>
        <translation>순위 변동</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>사업비</translation>
    </message>
    <message>
        <source>Round details</source>
        <translation>평가 단계 세부 정보</translation>
    </message>
    <message>
        <source>Planned: %1; no result known on %2.</source>
        <translation>예정: %1. %2 기준 알려진 결과 없음.</translation>
    </message>
    <message numerus="yes">
        <source>Result pending · %n consortia under evaluation</source>
        <translation>
            <numerusform>결과 발표 전 · 평가 중인 컨소시엄 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Each selection and elimination round&apos;s results by criterion, performance against the frozen reference and the %1 target, and a what-if simulation of the weights.</source>
        <translation>선정·탈락 평가 단계별 항목별 결과, 고정된 기준 모델과 목표 %1 대비 성능, 가중치 가정 분석(시뮬레이션)을 보여 줍니다.</translation>
    </message>
    <message>
        <source> Bars at or above %1 of the reference are solid with a full outline and marked ✓; bars below it are hatched with a dotted outline. The programme&apos;s target counts the global frontier models, not this reference.</source>
        <translation> 기준 모델 대비 %1 이상인 막대는 채움과 실선 테두리에 ✓ 표시, 미만인 막대는 빗금과 점선 테두리입니다. 사업 목표는 이 기준 모델이 아니라 글로벌 프런티어 모델 대비로 정해집니다.</translation>
    </message>
</context>
<context>
    <name>kai::ui::SealRoundDialog</name>
    <message>
        <source>Seal Round</source>
        <translation>평가 결과 확정</translation>
    </message>
    <message>
        <source>Once sealed, the round&apos;s announced results change only through a correction that keeps the original. Undo takes the seal back until an export shows it.</source>
        <translation>확정하면 발표된 평가 결과는 원래 값을 남기는 정정으로만 바꿀 수 있습니다. 내보내기에 포함되기 전까지는 실행 취소로 확정을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>평가(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sealed on:</source>
        <translation>확정일(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kai::ui::ServerActions</name>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>서버에 연결(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database on a server</source>
        <translation>서버의 공유 PostgreSQL 데이터베이스를 엽니다</translation>
    </message>
    <message>
        <source>Recent Ser&amp;vers</source>
        <translation>최근 서버(&amp;V)</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>저장된 연결 없음</translation>
    </message>
</context>
<context>
    <name>kai::ui::SourceDialog</name>
    <message>
        <source>Add Source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <source>C · confirmed</source>
        <translation>C · 확인됨</translation>
    </message>
    <message>
        <source>S · single source</source>
        <translation>S · 단일 출처</translation>
    </message>
    <message>
        <source>U · uncertain</source>
        <translation>U · 불확실</translation>
    </message>
    <message>
        <source>Title (&amp;Korean):</source>
        <translation>제목(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>제목(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>발행처(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>주소(URL)(&amp;A):</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>발행일(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>신뢰도(&amp;C):</translation>
    </message>
    <message>
        <source>Publication date known &amp;to:</source>
        <translation>발행일 정밀도(&amp;T):</translation>
    </message>
</context>
<context>
    <name>kai::ui::SourcePicker</name>
    <message>
        <source>&amp;Add a new source</source>
        <translation>새 출처 추가(&amp;A)</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(출처 선택)</translation>
    </message>
    <message>
        <source>C · confirmed</source>
        <translation>C · 확인됨</translation>
    </message>
    <message>
        <source>S · single source</source>
        <translation>S · 단일 출처</translation>
    </message>
    <message>
        <source>U · uncertain</source>
        <translation>U · 불확실</translation>
    </message>
    <message>
        <source>Title (Korean):</source>
        <translation>제목(한국어):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>제목(영어):</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>발행처:</translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation>주소(URL):</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>발행일:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>신뢰도:</translation>
    </message>
    <message>
        <source>Publication date known to:</source>
        <translation>발행일 정밀도:</translation>
    </message>
</context>
<context>
    <name>kai::ui::StageDatesDialog</name>
    <message>
        <source>The actual dates are announced</source>
        <translation>실제 일정이 발표됨</translation>
    </message>
    <message>
        <source>Mark Stage Announced</source>
        <translation>단계 실제 일정 발표 기록</translation>
    </message>
    <message>
        <source>Change Stage Dates</source>
        <translation>단계 일정 변경</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>단계(&amp;S):</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>계획 시작일(&amp;S):</translation>
    </message>
    <message>
        <source>Planned en&amp;d:</source>
        <translation>계획 종료일(&amp;D):</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>실제 시작일(&amp;T):</translation>
    </message>
    <message>
        <source>Actual &amp;end:</source>
        <translation>실제 종료일(&amp;E):</translation>
    </message>
    <message>
        <source>A&amp;nnounced on:</source>
        <translation>발표일(&amp;N):</translation>
    </message>
    <message>
        <source>Actual start &amp;known to:</source>
        <translation>실제 시작일 정밀도(&amp;K):</translation>
    </message>
</context>
<context>
    <name>kai::ui::StageDialog</name>
    <message>
        <source>Known only to the month or period</source>
        <translation>월 또는 기간 단위로만 알려짐</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>이름(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>계획 시작일(&amp;S):</translation>
    </message>
    <message>
        <source>Planned en&amp;d:</source>
        <translation>계획 종료일(&amp;D):</translation>
    </message>
    <message>
        <source>Plan a&amp;nnounced on:</source>
        <translation>계획 발표일(&amp;N):</translation>
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
        <translation>다음 주요 일정까지 남은 기간: %1</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>보기 단위:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Show months (Ctrl+wheel zooms)</source>
        <translation>월 단위로 보기(Ctrl+휠로 확대/축소)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Show quarters (Ctrl+wheel zooms)</source>
        <translation>분기 단위로 보기(Ctrl+휠로 확대/축소)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Show years (Ctrl+wheel zooms)</source>
        <translation>연 단위로 보기(Ctrl+휠로 확대/축소)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Show the whole program, June 2025 to December 2027</source>
        <translation>2025년 6월부터 2027년 12월까지 전체 사업 기간 보기</translation>
    </message>
    <message>
        <source>Program timeline chart</source>
        <translation>사업 추진 일정 차트</translation>
    </message>
    <message>
        <source>Stages of the program and one row per consortium. Tab moves between the rounds, Enter opens the results of one, plus and minus zoom, 0 fits the whole program.</source>
        <translation>사업 단계와 컨소시엄별 행을 보여 줍니다. Tab 키로 평가 단계 사이를 이동하고, Enter 키로 해당 평가 결과를 열며, +/- 키로 확대·축소하고, 0 키로 전체 사업 기간을 봅니다.</translation>
    </message>
</context>
<context>
    <name>kai::ui::WhatIfPanel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not ranked: scores missing</source>
        <translation>순위 없음: 점수 누락</translation>
    </message>
    <message>
        <source>Out: failed a gate</source>
        <translation>탈락: 통과/탈락 기준 미충족</translation>
    </message>
    <message>
        <source>Would advance</source>
        <translation>통과 예상</translation>
    </message>
    <message>
        <source>Would not advance</source>
        <translation>탈락 예상</translation>
    </message>
    <message>
        <source>%1 points ahead of the first team out</source>
        <translation>첫 탈락 팀보다 %1점 앞섬</translation>
    </message>
    <message>
        <source>%1 points short of the last team in</source>
        <translation>마지막 통과 팀보다 %1점 부족</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No change of a single weight between 0 and 100 changes who advances.</source>
        <translation>가중치 하나를 0~100 범위에서 어떻게 바꾸어도 통과 팀은 달라지지 않습니다.</translation>
    </message>
    <message>
        <source>Smallest change that changes who advances: %1 from %2 to %3 (%4 points). %5 would advance instead of %6.</source>
        <translation>통과 팀이 바뀌는 최소 변경: %1 가중치 %2 → %3(%4%p). %6 대신 %5이(가) 통과하게 됩니다.</translation>
    </message>
    <message>
        <source>Teams are tied at the cut line; all of them are counted as advancing.</source>
        <translation>선정 기준선에 동점 팀이 있어 모두 통과로 집계합니다.</translation>
    </message>
    <message>
        <source>%1 is not ranked: no score for %2.</source>
        <translation>%1: %2 점수가 없어 순위를 매기지 않았습니다.</translation>
    </message>
    <message>
        <source>Some scores are illustrative samples, not official figures.</source>
        <translation>일부 점수는 공식 수치가 아닌 예시 데이터입니다.</translation>
    </message>
    <message>
        <source>Simulation — not an official result. Moving the weights changes nothing in the database.</source>
        <translation>시뮬레이션 — 공식 결과가 아닙니다. 가중치를 바꿔도 데이터베이스는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Apply the pass/fail gate: %1</source>
        <translation>통과/탈락 기준 적용: %1</translation>
    </message>
    <message>
        <source>Reset to official weights</source>
        <translation>공식 가중치로 되돌리기</translation>
    </message>
    <message>
        <source>Simulated ranking</source>
        <translation>시뮬레이션 순위표</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>컨소시엄</translation>
    </message>
    <message>
        <source>Simulated rank</source>
        <translation>시뮬레이션 순위</translation>
    </message>
    <message>
        <source>Simulated total</source>
        <translation>시뮬레이션 총점</translation>
    </message>
    <message>
        <source>Simulated outcome</source>
        <translation>시뮬레이션 결과</translation>
    </message>
    <message>
        <source>Official outcome</source>
        <translation>공식 결과</translation>
    </message>
    <message>
        <source>Distance to cut line</source>
        <translation>선정 기준선과의 차이</translation>
    </message>
    <message numerus="yes">
        <source>Weights of the scored criteria, in percent. Scores are scaled to each criterion&apos;s maximum; %n team(s) advance, as in the official result.</source>
        <translation>
            <numerusform>점수 항목별 가중치(%)입니다. 점수는 항목별 만점 기준으로 환산하며, 공식 결과와 같이 %n개 팀이 통과합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This round has no published criterion scores, so there is nothing to simulate.</source>
        <translation>이 평가 단계는 공개된 항목별 점수가 없어 시뮬레이션할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (official %2)</source>
        <translation>%1(공식 %2)</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 가중치</translation>
    </message>
    <message>
        <source>Weight of %1, in percent</source>
        <translation>%1 가중치(%)</translation>
    </message>
    <message>
        <source>%1: %2 (official %3), the sum of the weights below</source>
        <translation>%1: %2(공식 %3), 아래 가중치의 합</translation>
    </message>
    <message>
        <source>Weights sum to %1; totals are rescaled to 100.</source>
        <translation>가중치 합계가 %1이므로 총점을 100점 기준으로 환산합니다.</translation>
    </message>
    <message>
        <source>Weights sum to %1.</source>
        <translation>가중치 합계 %1.</translation>
    </message>
    <message>
        <source>Uses a corrected score: %1</source>
        <translation>정정된 점수 반영: %1</translation>
    </message>
</context>
</TS>
