-- SPDX-License-Identifier: GPL-3.0-or-later
-- K-AI Dashboard sample data: the Sovereign AI Foundation Model Project (독자 AI 파운데이션 모델 프로젝트).
--
-- Public facts transcribed from news articles, MSIT releases and model pages (compiled 2026-11-29).
-- Every row names its source. Rows whose source is 'ILLUSTRATIVE' (confidence 'I') are samples made up
-- for the dashboard so that charts have something to show. They are never official figures.
-- Known public gaps: the phase-2 result, the final selection, which lessor served which team in
-- phase 1, per-team budgets and most phase-1 scores other than LG AI Research's.
--
-- Loaded inside one transaction by the application, after migrations 001 to 007.
-- Tables appear in foreign-key order. No statement text contains a semicolon except as terminator.

-- ============================================================================================
-- source: the public sources cited by the rows below (URL and publication date as shown by
-- the source). Confidence is that of the facts each source is cited for here:
-- C confirmed, S single secondary source, U uncertain (mirror, conflicting or inferred).
-- 'ILLUSTRATIVE' (confidence I) marks made-up sample values.
-- S4, S6, S28, S29b (July or August: the earlier month), S60 (about March) and S63d give only a
-- month: their day is the 1st and published_precision says 'month' (schema version 7), so views show
-- the month alone.
INSERT INTO source (code, title, url, published_on, confidence) VALUES
    ('S1', 'Newsworks: MSIT opens the call for the Sovereign AI Foundation Model Project', 'https://www.newsworks.co.kr/news/articleView.html?idxno=800434', '2025-06-20', 'C'),
    ('S2', 'Nate / Cartech: ''World Best LLM'' renamed, 95 % performance target, up to 5 teams', 'https://m.cartech.nate.com/content/1929700', '2025-06-20', 'C'),
    ('S3', 'ZDNet Korea (repost): competitive elimination every 6 months, 5 → 4 → 3 → 2 teams', 'https://wangsimni.net/bbs/board.php?bo_table=zdnet&device=pc&wr_id=89388', '2025-06-20', 'C'),
    ('S4', 'Vibeaz (summary of the 2025-06-20 call): government matching varies with the open-source level', 'https://www.vibeaz.co.kr/content/government-national-ai-model-development', '2025-06-01', 'S'),
    ('S6', 'KMJournal: project briefing session and 2025 budget', 'https://www.kmjournal.net/news/articleView.html?idxno=1961', '2025-07-01', 'S'),
    ('S8', 'Asia Today: 15 consortia apply, list of the lead organisations', 'https://www.asiatoday.co.kr/kn/view.php?key=20250721010012153', '2025-07-21', 'C'),
    ('S9', 'NoCut News: 10 consortia pass the document review', 'https://m.nocutnews.co.kr/news/amp/6376115', '2025-07-25', 'C'),
    ('S10', 'KHARN: document-review result, the 5 consortia eliminated', 'https://kharn.kr/mobile/article.html?no=28442', '2025-07-25', 'C'),
    ('S11', 'Financial News: presentation review of the 10 consortia on July 30 and 31', 'https://www.fnnews.com/ampNews/202507301813476863', '2025-07-30', 'C'),
    ('S12', 'MSIT list of the five elite consortia and their members (press repost)', 'https://outstanding.kr/press/1387/20250804', '2025-08-04', 'C'),
    ('S13', 'Etoday: five elite teams selected at the presentation review', 'https://www.etoday.co.kr/news/view/2493896', '2025-08-04', 'C'),
    ('S14', 'Etoday: 512 B200 or 1,024 H100 per team, no quota between large firms and startups', 'https://www.etoday.co.kr/news/view/2494035', '2025-08-04', 'C'),
    ('S15', 'Chosun Biz (English): GPU lessors and data support for the five teams', 'https://biz.chosun.com/en/en-it/2025/08/04/5NLO5ALHEREGDMYMV3OWQQ7N3U/?outputType=amp', '2025-08-04', 'C'),
    ('S16', 'KMJournal: 2025 support of about KRW 200 bn (GPU 150 bn, data 62.8 bn, talent 25 bn)', 'https://www.kmjournal.net/news/articleView.html?idxno=2471', '2025-08-04', 'C'),
    ('S18', 'Daily Game: elite teams selected, presentation-review criteria', 'https://www.dailygame.co.kr/view.php?ud=2025080415141672443da15d9d2_26', '2025-08-04', 'C'),
    ('S19', 'NoCut News: LG AI Research consortium and its members', 'https://www.nocutnews.co.kr/news/6380287', '2025-08-04', 'C'),
    ('S20', 'G-enews: NC AI consortium of 14 organisations', 'https://www.g-enews.com/view.php?ud=202507310922023941c5fa75ef86_1', '2025-07-31', 'C'),
    ('S26', 'Money S: KT consortium and its members', 'https://m.moneys.co.kr/article/amp/2025072309533387747', '2025-07-23', 'C'),
    ('S27', 'Medigate News: Lunit consortium with Kakao Healthcare, NHIS Ilsan Hospital and Trillion Labs', 'https://www.medigatenews.com/news/2612933620', '2025-07-22', 'C'),
    ('S28', 'Mirror of an August 2025 article: Konan Technology consortium members (low-quality mirror)', 'http://192.227.172.110/?ID=2025-08-08%2Fswfvlh.html', '2025-08-01', 'U'),
    ('S29', 'ETNews: Kakao consortium with UNIST and other universities', 'https://www.etnews.com/20250731000012?m=1', '2025-07-31', 'S'),
    ('S29b', 'Makers Journal: Motif Technologies bids with its parent company Moreh', 'http://makersjournal.co.kr/View.aspx?No=3726785', '2025-07-01', 'S'),
    ('S30', 'iNews24 (repost): SK Telecom and NAVER Cloud win the KRW 150 bn GPU lease tender', 'https://it.peoplentools.com/skt-네이버클라우드-1500억원-규모-gpu-임차-지원-사업-수주-154327.html', '2025-07-08', 'C'),
    ('S31', 'KMJournal: government GPU purchase, NAVER Cloud, NHN Cloud and Kakao selected', 'https://www.kmjournal.net/news/articleView.html?idxno=2380', '2025-07-28', 'C'),
    ('S32', 'ZDNet Korea: first public showcase and the moving-target evaluation', 'https://zdnet.co.kr/view/?no=20251226213444', '2025-12-28', 'C'),
    ('S33', 'ZDNet Korea: SK Telecom unveils A.X K1 (519B)', 'https://zdnet.co.kr/view/?no=20251228081910', '2025-12-28', 'C'),
    ('S34', 'Sports Chosun: K-EXAONE vs Qwen3-235B on the 13 common benchmarks at the showcase', 'https://www.sportschosun.com/life/2025-12-30/202512300100169230025004', '2025-12-30', 'S'),
    ('S36', 'ZDNet Korea: phase-1 evaluation with 13 common and 2 company-specific benchmarks (conflicting count)', 'https://zdnet.co.kr/view/?no=20260114094432', '2026-01-14', 'U'),
    ('S37', 'MSIT English release: phase-1 evaluation results', 'https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mPid=2&mId=4&bbsSeqNo=42&nttSeqNo=1212', '2026-01-15', 'C'),
    ('S38', 'Wowtale (repost of the MSIT release): phase-1 evaluation criteria and weights', 'https://wowtale.net/2026/01/15/253334', '2026-01-15', 'C'),
    ('S39', 'Digital Today (English): NAVER and NC AI out, score breakdown of the phase-1 evaluation', 'https://www.digitaltoday.co.kr/en/view/1286/naver-nc-ai-out-in-first-round-of-korea-foundation-model-project-one-more-elite-team-to-be-selected', '2026-01-15', 'C'),
    ('S40', 'Newsspace: phase-1 averages and Upstage''s global individual benchmark score', 'https://newsspace.kr/news/article.html?no=11920', '2026-01-15', 'S'),
    ('S41', 'Segye Ilbo: LG AI Research first with 90.2 points, phase-1 rank order', 'https://m.segye.com/view/20260115512329', '2026-01-15', 'C'),
    ('S44b', 'Newspub: next steps after phase 1, final selection by the end of 2026 (conflicting date)', 'https://newspub.kr/content?category=9&dark=0&nid=696884ba36714e6ba5c1a1f7', '2026-01-15', 'U'),
    ('S45', 'Korea Herald: NAVER Cloud and NC AI eliminated in the first evaluation', 'https://www.koreaherald.com/article/10656367', '2026-01-15', 'C'),
    ('S47', 'Chosun Biz: K-EXAONE averages 72.03 vs 69.37 for Qwen3-235B on 13 benchmarks', 'https://biz.chosun.com/industry/company/2026/01/11/2GOYNLUMINHLRFTDDXHZPHF7YU/?outputType=amp', '2026-01-11', 'S'),
    ('S49', 'SBS News: additional call for one more elite team', 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008416083', '2026-01-23', 'C'),
    ('S50', 'Etoday: phase-2 GPU support, 512 B200 + 512 H100 per team and about 768 B200 for the added team', 'https://www.etoday.co.kr/news/view/2548794', '2026-01-23', 'C'),
    ('S52', 'ZDNet Korea: NAVER Cloud, NC AI, Kakao, KT, Konan and KAIST will not re-apply', 'https://zdnet.co.kr/view/?no=20260123170012', '2026-01-23', 'C'),
    ('S53', 'ZDNet Korea: Motif Technologies and Trillion Labs apply to the additional call', 'https://zdnet.co.kr/view/?no=20260212175642', '2026-02-12', 'C'),
    ('S55', 'Newspim: Motif Technologies consortium of 17 organisations selected as the fourth team', 'https://www.newspim.com/news/view/20260220000815', '2026-02-20', 'C'),
    ('S56', 'Dong-A Ilbo: phase-2 development window and evaluation plan', 'https://www.donga.com/news/amp/all/20260220/133389578/1', '2026-02-20', 'C'),
    ('S58', 'iNews24 (repost): Trillion Labs consortium partners in the additional call', 'https://www.it.peoplentools.com/apos-독자ai-apos-추가-1팀-이달-확정-6개월-개발-레이스-돌입-ai브리핑-242697.html', '2026-02-16', 'S'),
    ('S59', 'ZDNet Korea: Motif consortium reported with 29 institutions before the announcement (conflicting)', 'https://zdnet.co.kr/view/?no=20260220105452', '2026-02-20', 'U'),
    ('S60', 'Mirror of an English-language Korean daily: Elice joins the LG AI Research consortium', 'https://www.collector.com.tr//977677580', '2026-03-01', 'U'),
    ('S61', 'Asia Economy (English): phase-2 evaluation in August, final selection in February 2027', 'https://view.asiae.co.kr/en/article/2026060506223504794', '2026-06-05', 'C'),
    ('S62', 'Hankyung Magazine: four-team race, phase-2 evaluation and final selection by end of 2026', 'https://magazine.hankyung.com/business/article/202602204270b', '2026-02-20', 'U'),
    ('S63a', 'LG AI Research GitHub README: K-EXAONE 2.0 and earlier releases', 'https://raw.githubusercontent.com/LG-AI-EXAONE/K-EXAONE-2.0/main/README.md', '2026-07-31', 'C'),
    ('S63b', 'Hugging Face model card: LGAI-EXAONE/K-EXAONE-236B-A23B', 'https://huggingface.co/LGAI-EXAONE/K-EXAONE-236B-A23B', NULL, 'C'),
    ('S63d', 'Hugging Face model card: skt/A.X-K2 (NVFP4)', 'https://huggingface.co/skt/A.X-K2-NVFP4', '2026-08-01', 'C'),
    ('S63g', 'Hugging Face collection listing KRAFTON/A.X-K2-Raon-Speech-21B-A3B', 'https://huggingface.co/NINEBIX/collections', NULL, 'U'),
    ('S63h', 'Hugging Face: Solar-Open-100B model card (quoted by a GGUF repack)', 'https://huggingface.co/AaryanK/Solar-Open-100B-GGUF', NULL, 'C'),
    ('S63i', 'Hugging Face repository: upstage/Solar-Open2-250B', 'https://huggingface.co/upstage/Solar-Open2-250B/tree/main', NULL, 'S'),
    ('S63l', 'Hugging Face: naver-hyperclovax models', 'https://huggingface.co/naver-hyperclovax/models', NULL, 'C'),
    ('S63m', 'Hugging Face organisation page: NC-AI-consortium-VAETKI', 'https://huggingface.co/NC-AI-consortium-VAETKI', NULL, 'S'),
    ('S63n', 'Hugging Face activity listing Motif-Technologies/Motif-3-Beta (315B)', 'https://huggingface.co/gpdir16/activity/all', NULL, 'U'),
    ('ILLUSTRATIVE', 'Illustrative sample (not an official figure)', NULL, NULL, 'I');

UPDATE source SET published_precision = 'month' WHERE code IN ('S4', 'S6', 'S28', 'S29b', 'S60', 'S63d');
-- Both report LG's own benchmark comparison (FACTS.md 6.3: "S (company)"); nobody else measured it.
UPDATE source SET is_company_claim = 1 WHERE code IN ('S34', 'S47');

-- Korean titles of the sources (schema version 3): the display language picks one; outlets keep
-- their own names.
UPDATE source SET title_ko = CASE code
    WHEN 'S1' THEN '뉴스웍스: 과기정통부, 독자 AI 파운데이션 모델 프로젝트 공모 시작'
    WHEN 'S2' THEN '네이트 / 카테크: ''월드 베스트 LLM'' 명칭 변경, 성능 목표 95%, 최대 5개 팀'
    WHEN 'S3' THEN '지디넷코리아(재게시): 6개월마다 경쟁형 압축, 5 → 4 → 3 → 2개 팀'
    WHEN 'S4' THEN '바이브에이지(2025-06-20 공고 요약): 오픈소스 공개 수준에 따라 정부 매칭 비율 차등'
    WHEN 'S6' THEN 'KM저널: 사업 설명회와 2025년 예산'
    WHEN 'S8' THEN '아시아투데이: 15개 컨소시엄 지원, 주관기관 명단'
    WHEN 'S9' THEN '노컷뉴스: 10개 컨소시엄 서면평가 통과'
    WHEN 'S10' THEN 'KHARN: 서면평가 결과, 탈락한 5개 컨소시엄'
    WHEN 'S11' THEN '파이낸셜뉴스: 7월 30~31일 10개 컨소시엄 발표평가'
    WHEN 'S12' THEN '과기정통부 5개 정예팀 컨소시엄 및 참여기관 명단(보도 재게시)'
    WHEN 'S13' THEN '이투데이: 발표평가로 5개 정예팀 선정'
    WHEN 'S14' THEN '이투데이: 팀당 B200 512장 또는 H100 1,024장, 대기업·스타트업 구분 없음'
    WHEN 'S15' THEN '조선비즈(영문): 5개 팀 GPU 임대 사업자와 데이터 지원'
    WHEN 'S16' THEN 'KM저널: 2025년 약 2,000억 원 지원(GPU 1,500억, 데이터 628억, 인재 250억)'
    WHEN 'S18' THEN '데일리게임: 정예팀 선정, 발표평가 기준'
    WHEN 'S19' THEN '노컷뉴스: LG AI연구원 컨소시엄과 참여기관'
    WHEN 'S20' THEN '글로벌이코노믹: 14개 기관 NC AI 컨소시엄'
    WHEN 'S26' THEN '머니S: KT 컨소시엄과 참여기관'
    WHEN 'S27' THEN '메디게이트뉴스: 카카오헬스케어·국민건강보험 일산병원·트릴리온랩스와 함께한 루닛 컨소시엄'
    WHEN 'S28' THEN '2025년 8월 기사 미러: 코난테크놀로지 컨소시엄 참여기관(품질 낮은 미러)'
    WHEN 'S29' THEN '전자신문: UNIST 등 대학과 함께한 카카오 컨소시엄'
    WHEN 'S29b' THEN '메이커스저널: 모티프테크놀로지스, 모회사 모레와 함께 지원'
    WHEN 'S30' THEN '아이뉴스24(재게시): SK텔레콤·네이버클라우드, 1,500억 원 GPU 임대 사업자로 선정'
    WHEN 'S31' THEN 'KM저널: 정부 GPU 구매, 네이버클라우드·NHN클라우드·카카오 선정'
    WHEN 'S32' THEN '지디넷코리아: 1차 발표회와 무빙타겟 평가'
    WHEN 'S33' THEN '지디넷코리아: SK텔레콤, A.X K1(519B) 공개'
    WHEN 'S34' THEN '스포츠조선: 발표회에서 공개된 13개 공통 벤치마크 K-EXAONE 대 Qwen3-235B'
    WHEN 'S36' THEN '지디넷코리아: 공통 13개·기업별 2개 벤치마크로 1차 단계평가(개수 불일치)'
    WHEN 'S37' THEN '과기정통부 영문 보도자료: 1차 단계평가 결과'
    WHEN 'S38' THEN '와우테일(과기정통부 보도자료 재게시): 1차 단계평가 기준과 배점'
    WHEN 'S39' THEN '디지털투데이(영문): 네이버·NC AI 탈락, 1차 단계평가 점수 구성'
    WHEN 'S40' THEN '뉴스스페이스: 1차 평가 평균과 업스테이지 글로벌 개별 벤치마크 점수'
    WHEN 'S41' THEN '세계일보: LG AI연구원 90.2점으로 1위, 1차 평가 순위'
    WHEN 'S44b' THEN '뉴스펍: 1차 이후 일정, 2026년 말까지 최종 선정(날짜 불일치)'
    WHEN 'S45' THEN '코리아헤럴드: 1차 평가에서 네이버클라우드·NC AI 탈락'
    WHEN 'S47' THEN '조선비즈: 13개 벤치마크 평균 K-EXAONE 72.03 대 Qwen3-235B 69.37'
    WHEN 'S49' THEN 'SBS 뉴스: 정예팀 1곳 추가 공모'
    WHEN 'S50' THEN '이투데이: 2단계 GPU 지원, 팀당 B200 512장 + H100 512장, 추가 팀 B200 약 768장'
    WHEN 'S52' THEN '지디넷코리아: 네이버클라우드·NC AI·카카오·KT·코난·KAIST 재지원 안 해'
    WHEN 'S53' THEN '지디넷코리아: 모티프테크놀로지스·트릴리온랩스 추가 공모 지원'
    WHEN 'S55' THEN '뉴스핌: 17개 기관 모티프테크놀로지스 컨소시엄, 네 번째 팀으로 선정'
    WHEN 'S56' THEN '동아일보: 2단계 개발 기간과 평가 계획'
    WHEN 'S58' THEN '아이뉴스24(재게시): 추가 공모 트릴리온랩스 컨소시엄 협력사'
    WHEN 'S59' THEN '지디넷코리아: 발표 전 29개 기관으로 보도된 모티프 컨소시엄(불일치)'
    WHEN 'S60' THEN '국내 영자지 기사 미러: 엘리스, LG AI연구원 컨소시엄 합류'
    WHEN 'S61' THEN '아시아경제(영문): 8월 2단계 평가, 2027년 2월 최종 선정'
    WHEN 'S62' THEN '한경매거진: 4개 팀 경쟁, 2단계 평가와 2026년 말까지 최종 선정'
    WHEN 'S63a' THEN 'LG AI연구원 GitHub README: K-EXAONE 2.0과 이전 공개 모델'
    WHEN 'S63b' THEN 'Hugging Face 모델 카드: LGAI-EXAONE/K-EXAONE-236B-A23B'
    WHEN 'S63d' THEN 'Hugging Face 모델 카드: skt/A.X-K2 (NVFP4)'
    WHEN 'S63g' THEN 'Hugging Face 컬렉션 목록: KRAFTON/A.X-K2-Raon-Speech-21B-A3B'
    WHEN 'S63h' THEN 'Hugging Face: Solar-Open-100B 모델 카드(GGUF 재패키지에 인용)'
    WHEN 'S63i' THEN 'Hugging Face 저장소: upstage/Solar-Open2-250B'
    WHEN 'S63l' THEN 'Hugging Face: naver-hyperclovax 모델'
    WHEN 'S63m' THEN 'Hugging Face 조직 페이지: NC-AI-consortium-VAETKI'
    WHEN 'S63n' THEN 'Hugging Face 활동 목록: Motif-Technologies/Motif-3-Beta (315B)'
    WHEN 'ILLUSTRATIVE' THEN '예시 데이터(공식 수치 아님)'
END;

-- ============================================================================================
-- program: official name, 95 % target and up to 5 teams narrowed to 2 (S1, S2, S3).
INSERT INTO program (code, name_ko, name_en, ministry_ko, ministry_en, target_relative_pct, max_selected_teams, final_teams, source_id) VALUES
    ('KAI', '독자 AI 파운데이션 모델 프로젝트', 'Sovereign AI Foundation Model Project', '과학기술정보통신부', 'Ministry of Science and ICT', 95, 5, 2, (SELECT id FROM source WHERE code = 'S2'));

-- ============================================================================================
-- organisation: every lead and member organisation (FACTS sections 3 to 5), one row per real
-- organisation. kind: large_enterprise = large business groups, their affiliates and mid-size
-- listed firms. startup_sme = startups and SMEs. Hospitals: the university medical centre counts
-- as a research institute, the public NHIS hospital as a public body. The kind is our reading,
-- not a published classification.

-- The 15 July-2025 leads (S8). The English names of 바이오넥서스, 사이오닉에이아이, 정션메드 and
-- 파이온코퍼레이션 are unverified.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('lg-ai-research', 'LG AI연구원', 'LG AI Research', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('skt', 'SK텔레콤', 'SK Telecom', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('upstage', '업스테이지', 'Upstage', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('naver-cloud', '네이버클라우드', 'NAVER Cloud', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('ncai', '엔씨에이아이', 'NC AI', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('motif', '모티프테크놀로지스', 'Motif Technologies', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('kakao', '카카오', 'Kakao', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('kt', 'KT', 'KT', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S8')),
    ('konan', '코난테크놀로지', 'Konan Technology', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('kaist', '한국과학기술원', 'KAIST', 1, 'university', (SELECT id FROM source WHERE code = 'S8')),
    ('lunit', '루닛', 'Lunit', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('bionexus', '바이오넥서스', 'BioNexus', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('sionic-ai', '사이오닉에이아이', 'Sionic AI', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('junctionmed', '정션메드', 'JunctionMed', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S8')),
    ('pion', '파이온코퍼레이션', 'Pion Corporation', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S8'));

-- Universities named in several consortia, normalised to one row each
-- ('서울대학교 산학협력단' = '서울대학교'). Sources: S12, S20, S29.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('snu', '서울대학교', 'Seoul National University', 1, 'university', (SELECT id FROM source WHERE code = 'S12')),
    ('korea-univ', '고려대학교', 'Korea University', 1, 'university', (SELECT id FROM source WHERE code = 'S12')),
    ('hanyang', '한양대학교', 'Hanyang University', 1, 'university', (SELECT id FROM source WHERE code = 'S12')),
    ('postech', '포항공과대학교', 'POSTECH', 1, 'university', (SELECT id FROM source WHERE code = 'S12')),
    ('sogang', '서강대학교', 'Sogang University', 1, 'university', (SELECT id FROM source WHERE code = 'S12')),
    ('yonsei', '연세대학교', 'Yonsei University', 1, 'university', (SELECT id FROM source WHERE code = 'S20')),
    ('unist', '울산과학기술원', 'UNIST', 1, 'university', (SELECT id FROM source WHERE code = 'S29'));

-- LG AI Research consortium members (S19), plus Elice, added in Feb 2026 (S60, mirror).
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('lg-uplus', 'LG유플러스', 'LG Uplus', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S19')),
    ('lg-cns', 'LG CNS', 'LG CNS', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S19')),
    ('superb-ai', '슈퍼브에이아이', 'Superb AI', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('furiosa-ai', '퓨리오사AI', 'FuriosaAI', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('friendli-ai', '프렌들리AI', 'FriendliAI', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('estsoft', '이스트소프트', 'ESTsoft', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('estaid', '이스트에이드', 'ESTaid', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('hancom', '한글과컴퓨터', 'Hancom', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S19')),
    ('wrtn', '뤼튼테크놀로지스', 'Wrtn Technologies', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S19')),
    ('elice', '엘리스', 'Elice', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S60'));

-- SK Telecom consortium members (S12, MSIT list). SNU and KAIST are above.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('krafton', '크래프톤', 'KRAFTON', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S12')),
    ('42dot', '포티투닷', '42dot', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S12')),
    ('rebellions', '리벨리온', 'Rebellions', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('liner', '라이너', 'Liner', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('selectstar', '셀렉트스타', 'Selectstar', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12'));

-- Upstage consortium members (S12, MSIT list). Sogang and KAIST are above.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('nota-ai', '노타', 'Nota AI', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('lablup', '래블업', 'Lablup', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('flitto', '플리토', 'Flitto', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('vuno', '뷰노', 'VUNO', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('makinarocks', '마키나락스', 'MakinaRocks', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('law-and-company', '로앤컴퍼니', 'Law&Company', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('okestro', '오케스트로', 'Okestro', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('day1-company', '데이원컴퍼니', 'Day1 Company', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('allganize-korea', '올거나이즈코리아', 'Allganize Korea', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12')),
    ('kftc', '금융결제원', 'Korea Financial Telecommunications & Clearings Institute', 1, 'public_body', (SELECT id FROM source WHERE code = 'S12'));

-- NAVER Cloud consortium members (S12, MSIT list). The universities are above.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('naver', '네이버', 'NAVER', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S12')),
    ('twelve-labs', '트웰브랩스', 'Twelve Labs', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S12'));

-- NC AI consortium members (S20, company announcement). HL Robotics and AIWorks: English
-- names unverified.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('posco-dx', '포스코DX', 'POSCO DX', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S20')),
    ('lotte-innovate', '롯데이노베이트', 'LOTTE INNOVATE', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S20')),
    ('nhn', 'NHN', 'NHN', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S20')),
    ('hl-robotics', 'HL로보틱스', 'HL Robotics', 0, 'large_enterprise', (SELECT id FROM source WHERE code = 'S20')),
    ('interx', '인터엑스', 'INTERX', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S20')),
    ('mediazen', '미디어젠', 'MediaZen', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S20')),
    ('mbc', 'MBC', 'MBC', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S20')),
    ('aiworks', '에이아이웍스', 'AIWorks', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S20')),
    ('etri', '한국전자통신연구원', 'Electronics and Telecommunications Research Institute (ETRI)', 1, 'research_institute', (SELECT id FROM source WHERE code = 'S20'));

-- Motif Technologies consortium: Moreh (2025 bid, S29b) and the 2026 members named by MSIT (S55).
-- English names of 엔닷라이트, 국가유산진흥원 and 엑스와이지 are unverified.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('moreh', '모레', 'Moreh', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S29b')),
    ('crowdworks', '크라우드웍스', 'Crowdworks', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S26')),
    ('mathpresso', '매스프레소', 'Mathpresso', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S26')),
    ('ndotlight', '엔닷라이트', 'NdotLight', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S55')),
    ('samil-pwc', '삼일회계법인', 'Samil PwC', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S55')),
    ('korea-heritage-agency', '국가유산진흥원', 'Korea Heritage Service Agency', 0, 'public_body', (SELECT id FROM source WHERE code = 'S55')),
    ('hdc-labs', '에이치디씨랩스', 'HDC LABS', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S55')),
    ('enuma-korea', '에누마코리아', 'Enuma Korea', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S55')),
    ('kyunghyang', '경향신문사', 'The Kyunghyang Shinmun', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S55')),
    ('jeonbuk-tp', '전북테크노파크', 'Jeonbuk Technopark', 1, 'public_body', (SELECT id FROM source WHERE code = 'S55')),
    ('mobilus', '모비루스', 'Mobilus', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S55')),
    ('xyz', '엑스와이지', 'XYZ', 0, 'startup_sme', (SELECT id FROM source WHERE code = 'S55')),
    ('fadu', '파두', 'FADU', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S55'));

-- KT consortium members (S26). Crowdworks and Mathpresso are above. Cooperating bodies and
-- advisers are not members and are left out.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('saltlux', '솔트룩스', 'Saltlux', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S26')),
    ('tomorrow-robotics', '투모로 로보틱스', 'Tomorrow Robotics', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S26')),
    ('knpa', '경찰청', 'Korean National Police Agency', 1, 'public_body', (SELECT id FROM source WHERE code = 'S26')),
    ('ku-medicine', '고려대학교 의료원', 'Korea University Medicine', 1, 'research_institute', (SELECT id FROM source WHERE code = 'S26'));

-- Konan Technology consortium members, from a low-quality mirror only (S28, U).
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('synapsoft', '사이냅소프트', 'Synapsoft', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S28')),
    ('alchera', '알체라', 'Alchera', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S28')),
    ('pebblous', '페블러스', 'Pebblous', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S28'));

-- Lunit consortium members (S27). Trillion Labs later led its own bid in the additional call.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('kakao-healthcare', '카카오헬스케어', 'Kakao Healthcare', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S27')),
    ('nhis-ilsan', '국민건강보험 일산병원', 'NHIS Ilsan Hospital', 1, 'public_body', (SELECT id FROM source WHERE code = 'S27')),
    ('trillion-labs', '트릴리온랩스', 'Trillion Labs', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S27'));

-- Trillion Labs consortium partners in the Feb-2026 additional call (S58). The unnamed robot
-- companies are left out.
INSERT INTO organisation (code, name_ko, name_en, name_en_verified, kind, source_id) VALUES
    ('gs-52g', 'GS 52g', 'GS Group 52g', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S58')),
    ('posco-holdings', '포스코홀딩스', 'POSCO Holdings', 1, 'large_enterprise', (SELECT id FROM source WHERE code = 'S58')),
    ('exem', '엑셈', 'Exem', 1, 'startup_sme', (SELECT id FROM source WHERE code = 'S58'));

-- ============================================================================================
-- consortium: the 15 consortia that applied by 2025-07-21 (S8). Motif Technologies is one
-- consortium: not selected in Aug 2025, re-entered through the additional call in Feb 2026.
INSERT INTO consortium (program_id, code, lead_organisation_id, name_ko, name_en, applied_on, announced_on, source_id) VALUES
    ((SELECT id FROM program WHERE code = 'KAI'), 'lg', (SELECT id FROM organisation WHERE code = 'lg-ai-research'), 'LG AI연구원 컨소시엄', 'LG AI Research consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'skt', (SELECT id FROM organisation WHERE code = 'skt'), 'SK텔레콤 컨소시엄', 'SK Telecom consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'upstage', (SELECT id FROM organisation WHERE code = 'upstage'), '업스테이지 컨소시엄', 'Upstage consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'naver', (SELECT id FROM organisation WHERE code = 'naver-cloud'), '네이버클라우드 컨소시엄', 'NAVER Cloud consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'ncai', (SELECT id FROM organisation WHERE code = 'ncai'), 'NC AI 컨소시엄', 'NC AI consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'motif', (SELECT id FROM organisation WHERE code = 'motif'), '모티프테크놀로지스 컨소시엄', 'Motif Technologies consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'kakao', (SELECT id FROM organisation WHERE code = 'kakao'), '카카오 컨소시엄', 'Kakao consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'kt', (SELECT id FROM organisation WHERE code = 'kt'), 'KT 컨소시엄', 'KT consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'konan', (SELECT id FROM organisation WHERE code = 'konan'), '코난테크놀로지 컨소시엄', 'Konan Technology consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'kaist', (SELECT id FROM organisation WHERE code = 'kaist'), 'KAIST 컨소시엄', 'KAIST consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'lunit', (SELECT id FROM organisation WHERE code = 'lunit'), '루닛 컨소시엄', 'Lunit consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'bionexus', (SELECT id FROM organisation WHERE code = 'bionexus'), '바이오넥서스 컨소시엄', 'BioNexus consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'sionic', (SELECT id FROM organisation WHERE code = 'sionic-ai'), '사이오닉에이아이 컨소시엄', 'Sionic AI consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'junctionmed', (SELECT id FROM organisation WHERE code = 'junctionmed'), '정션메드 컨소시엄', 'JunctionMed consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'pion', (SELECT id FROM organisation WHERE code = 'pion'), '파이온코퍼레이션 컨소시엄', 'Pion Corporation consortium', '2025-07-21', '2025-07-21', (SELECT id FROM source WHERE code = 'S8'));

-- The Trillion Labs consortium of the Feb-2026 additional call (S53).
INSERT INTO consortium (program_id, code, lead_organisation_id, name_ko, name_en, applied_on, announced_on, source_id) VALUES
    ((SELECT id FROM program WHERE code = 'KAI'), 'trillion', (SELECT id FROM organisation WHERE code = 'trillion-labs'), '트릴리온랩스 컨소시엄', 'Trillion Labs consortium', '2026-02-12', '2026-02-12', (SELECT id FROM source WHERE code = 'S53'));

-- ============================================================================================
-- membership: who was in which consortium when. The schema lets a company belong to only one
-- consortium at a time, universities and institutes may be in several. 2025 bids are joined on the
-- application date 2025-07-21. announced_on is the date of the listing source, never earlier than
-- the consortium's own announcement. Leave dates: document review 2025-07-25, presentation
-- review 2025-08-04, phase-1 elimination 2026-01-15, additional call 2026-02-20.

-- Leads of the 15 July-2025 bids (S8). Motif Technologies stays continuously: its 2025 bid and
-- its 2026 consortium are one consortium.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'lg-ai-research'), 'lead', '2025-07-21', NULL, '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'skt'), 'lead', '2025-07-21', NULL, '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'upstage'), 'lead', '2025-07-21', NULL, '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'naver-cloud'), 'lead', '2025-07-21', '2026-01-15', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'ncai'), 'lead', '2025-07-21', '2026-01-15', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'motif'), 'lead', '2025-07-21', NULL, '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'kakao'), (SELECT id FROM organisation WHERE code = 'kakao'), 'lead', '2025-07-21', '2025-08-04', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'kt'), 'lead', '2025-07-21', '2025-08-04', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'konan'), (SELECT id FROM organisation WHERE code = 'konan'), 'lead', '2025-07-21', '2025-08-04', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'kaist'), (SELECT id FROM organisation WHERE code = 'kaist'), 'lead', '2025-07-21', '2025-08-04', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'lunit'), (SELECT id FROM organisation WHERE code = 'lunit'), 'lead', '2025-07-21', '2025-07-25', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'bionexus'), (SELECT id FROM organisation WHERE code = 'bionexus'), 'lead', '2025-07-21', '2025-07-25', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'sionic'), (SELECT id FROM organisation WHERE code = 'sionic-ai'), 'lead', '2025-07-21', '2025-07-25', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'junctionmed'), (SELECT id FROM organisation WHERE code = 'junctionmed'), 'lead', '2025-07-21', '2025-07-25', '2025-07-21', (SELECT id FROM source WHERE code = 'S8')),
    ((SELECT id FROM consortium WHERE code = 'pion'), (SELECT id FROM organisation WHERE code = 'pion'), 'lead', '2025-07-21', '2025-07-25', '2025-07-21', (SELECT id FROM source WHERE code = 'S8'));

-- LG AI Research consortium (S19), selected and still in. Elice joined on 2026-02-25 (S60, a
-- mirror, U).
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'lg-uplus'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'lg-cns'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'superb-ai'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'furiosa-ai'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'friendli-ai'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'estsoft'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'estaid'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'hancom'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'wrtn'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S19')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM organisation WHERE code = 'elice'), 'participant', '2026-02-25', NULL, '2026-02-25', (SELECT id FROM source WHERE code = 'S60'));

-- SK Telecom consortium (S12, MSIT list), selected and still in.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'krafton'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = '42dot'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'rebellions'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'liner'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'selectstar'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'snu'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'kaist'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12'));

-- Upstage consortium (S12, MSIT list), selected and still in.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'nota-ai'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'lablup'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'flitto'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'vuno'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'makinarocks'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'law-and-company'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'okestro'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'day1-company'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'allganize-korea'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'kftc'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'sogang'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM organisation WHERE code = 'kaist'), 'participant', '2025-07-21', NULL, '2025-08-04', (SELECT id FROM source WHERE code = 'S12'));

-- NAVER Cloud consortium (S12, MSIT list), eliminated at the phase-1 evaluation on 2026-01-15.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'naver'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'twelve-labs'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'snu'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'kaist'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'postech'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'korea-univ'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12')),
    ((SELECT id FROM consortium WHERE code = 'naver'), (SELECT id FROM organisation WHERE code = 'hanyang'), 'participant', '2025-07-21', '2026-01-15', '2025-08-04', (SELECT id FROM source WHERE code = 'S12'));

-- NC AI consortium (S20, 14 organisations with the lead), eliminated on 2026-01-15.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'posco-dx'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'lotte-innovate'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'nhn'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'hl-robotics'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'interx'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'mediazen'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'mbc'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'aiworks'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'etri'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'snu'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'yonsei'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'korea-univ'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM organisation WHERE code = 'kaist'), 'participant', '2025-07-21', '2026-01-15', '2025-07-31', (SELECT id FROM source WHERE code = 'S20'));

-- Motif Technologies consortium. The 2025 bid: only Moreh is known besides the lead (S29b),
-- treated as public from the application date. The other 2026 members joined when MSIT named the
-- 17 organisations on 2026-02-20 (S55). ZDNet had reported 29 beforehand (S59, U).
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'moreh'), 'participant', '2025-07-21', NULL, '2025-07-21', (SELECT id FROM source WHERE code = 'S29b')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'crowdworks'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'ndotlight'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'snu'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'kaist'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'hanyang'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'samil-pwc'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'korea-heritage-agency'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'hdc-labs'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'mathpresso'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'enuma-korea'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'kyunghyang'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'jeonbuk-tp'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'mobilus'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'xyz'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM organisation WHERE code = 'fadu'), 'participant', '2026-02-20', NULL, '2026-02-20', (SELECT id FROM source WHERE code = 'S55'));

-- KT consortium, known members only (S26, 18 organisations in total). Not selected on 2025-08-04.
-- Crowdworks and Mathpresso later joined the Motif consortium (2026).
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'saltlux'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'crowdworks'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'mathpresso'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'tomorrow-robotics'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'knpa'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'ku-medicine'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'snu'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26')),
    ((SELECT id FROM consortium WHERE code = 'kt'), (SELECT id FROM organisation WHERE code = 'korea-univ'), 'participant', '2025-07-21', '2025-08-04', '2025-07-23', (SELECT id FROM source WHERE code = 'S26'));

-- Kakao consortium: only UNIST is named (S29, 'UNIST and other major universities').
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'kakao'), (SELECT id FROM organisation WHERE code = 'unist'), 'participant', '2025-07-21', '2025-08-04', '2025-07-31', (SELECT id FROM source WHERE code = 'S29'));

-- Konan Technology consortium, from a low-quality mirror only (S28, U).
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'konan'), (SELECT id FROM organisation WHERE code = 'synapsoft'), 'participant', '2025-07-21', '2025-08-04', '2025-08-01', (SELECT id FROM source WHERE code = 'S28')),
    ((SELECT id FROM consortium WHERE code = 'konan'), (SELECT id FROM organisation WHERE code = 'alchera'), 'participant', '2025-07-21', '2025-08-04', '2025-08-01', (SELECT id FROM source WHERE code = 'S28')),
    ((SELECT id FROM consortium WHERE code = 'konan'), (SELECT id FROM organisation WHERE code = 'pebblous'), 'participant', '2025-07-21', '2025-08-04', '2025-08-01', (SELECT id FROM source WHERE code = 'S28'));

-- Lunit consortium (S27), eliminated at the document review on 2025-07-25.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lunit'), (SELECT id FROM organisation WHERE code = 'kakao-healthcare'), 'participant', '2025-07-21', '2025-07-25', '2025-07-22', (SELECT id FROM source WHERE code = 'S27')),
    ((SELECT id FROM consortium WHERE code = 'lunit'), (SELECT id FROM organisation WHERE code = 'nhis-ilsan'), 'participant', '2025-07-21', '2025-07-25', '2025-07-22', (SELECT id FROM source WHERE code = 'S27')),
    ((SELECT id FROM consortium WHERE code = 'lunit'), (SELECT id FROM organisation WHERE code = 'trillion-labs'), 'participant', '2025-07-21', '2025-07-25', '2025-07-22', (SELECT id FROM source WHERE code = 'S27'));

-- Trillion Labs consortium of the additional call: applied 2026-02-12 (S53), partners reported
-- 2026-02-16 (S58), not selected on 2026-02-20.
INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'trillion'), (SELECT id FROM organisation WHERE code = 'trillion-labs'), 'lead', '2026-02-12', '2026-02-20', '2026-02-12', (SELECT id FROM source WHERE code = 'S53')),
    ((SELECT id FROM consortium WHERE code = 'trillion'), (SELECT id FROM organisation WHERE code = 'gs-52g'), 'participant', '2026-02-12', '2026-02-20', '2026-02-16', (SELECT id FROM source WHERE code = 'S58')),
    ((SELECT id FROM consortium WHERE code = 'trillion'), (SELECT id FROM organisation WHERE code = 'posco-holdings'), 'participant', '2026-02-12', '2026-02-20', '2026-02-16', (SELECT id FROM source WHERE code = 'S58')),
    ((SELECT id FROM consortium WHERE code = 'trillion'), (SELECT id FROM organisation WHERE code = 'exem'), 'participant', '2026-02-12', '2026-02-20', '2026-02-16', (SELECT id FROM source WHERE code = 'S58'));

-- ============================================================================================
-- stage: the program calendar. Original plan of 2025-06-20 (S1, S3): 5 teams, then 4 in Dec 2025,
-- 3 in 1H 2026, 2 by 2027. Actual dates come from S6, S9, S13, S32, S37 and S49.
-- - phase1-dev: taken as known once the phase-1 results came out on 2026-01-15.
-- - phase1-eval: the plan said December 2025 and 4 advancing (max_advancing 4). The result came on
--   2026-01-15 with only 3 advancing (see round_result). The start is known only as 'December'.
-- - additional-call: announced 2026-01-23 (S49), applications closed 2026-02-12 (S53), result
--   2026-02-20 (S55).
-- - phase2-dev: existing 3 teams January to end of June 2026, Motif February to end of July 2026
--   (S56). Actual dates are not confirmed publicly, so they stay empty.
-- - phase2-eval: planned for early August 2026 (S56, S61). No result has been published.
-- - final-selection: sources disagree. S62 and S44b say by the end of 2026, S61 (2026-06-05) says
--   February 2027. The planned window spans both. No result has been published.
-- - No separate program-end or phase-3 stage: no public source gives one.
-- The staged elimination (5 -> 4 -> 3 -> 2 by 2027) was part of the call of 2025-06-20 (S3), so
-- phase 2 and the final selection count as planned from then; their dates were refined in
-- February 2026 (S56, S62), and the rows carry those refined dates.
INSERT INTO stage (program_id, code, seq, kind, name_ko, name_en, planned_start, planned_end, plan_announced_on, actual_start, actual_end, actual_announced_on, max_advancing, is_milestone, source_id) VALUES
    ((SELECT id FROM program WHERE code = 'KAI'), 'briefing', 1, 'briefing', '사업 설명회', 'Briefing session', '2025-06-27', '2025-06-27', '2025-06-20', '2025-06-27', '2025-06-27', '2025-06-27', NULL, 1, (SELECT id FROM source WHERE code = 'S6')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'application', 2, 'application', '공모 접수', 'Call for applications', '2025-06-20', '2025-07-21', '2025-06-20', '2025-06-20', '2025-07-21', '2025-07-21', NULL, 0, (SELECT id FROM source WHERE code = 'S1')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'document-review', 3, 'document_review', '서면평가', 'Document review', '2025-07-22', '2025-07-25', '2025-06-20', '2025-07-22', '2025-07-25', '2025-07-25', 10, 0, (SELECT id FROM source WHERE code = 'S9')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'presentation-review', 4, 'presentation_review', '발표평가', 'Presentation review', '2025-07-30', '2025-08-04', '2025-06-20', '2025-07-30', '2025-08-04', '2025-08-04', 5, 0, (SELECT id FROM source WHERE code = 'S13')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'phase1-dev', 5, 'development', '1단계 개발', 'Phase-1 development', '2025-08-04', '2025-12-31', '2025-06-20', '2025-08-04', '2025-12-31', '2026-01-15', NULL, 0, (SELECT id FROM source WHERE code = 'S3')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'showcase-1', 6, 'showcase', '1차 발표회', 'First public showcase', '2025-12-30', '2025-12-30', '2025-12-28', '2025-12-30', '2025-12-30', '2025-12-30', NULL, 1, (SELECT id FROM source WHERE code = 'S32')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'phase1-eval', 7, 'evaluation_round', '1차 단계평가', 'Phase-1 evaluation', '2025-12-01', '2025-12-31', '2025-06-20', '2025-12-01', '2026-01-15', '2026-01-15', 4, 0, (SELECT id FROM source WHERE code = 'S37')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'additional-call', 8, 'additional_call', '추가 공모', 'Additional call', '2026-01-23', '2026-02-20', '2026-01-23', '2026-01-23', '2026-02-20', '2026-02-20', 1, 0, (SELECT id FROM source WHERE code = 'S49')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'phase2-dev', 9, 'development', '2단계 개발', 'Phase-2 development', '2026-01-15', '2026-07-31', '2025-06-20', NULL, NULL, NULL, NULL, 0, (SELECT id FROM source WHERE code = 'S56')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'phase2-eval', 10, 'evaluation_round', '2차 단계평가', 'Phase-2 evaluation', '2026-08-03', '2026-08-14', '2025-06-20', NULL, NULL, NULL, 3, 0, (SELECT id FROM source WHERE code = 'S56')),
    ((SELECT id FROM program WHERE code = 'KAI'), 'final-selection', 11, 'final_selection', '최종 선정', 'Final selection', '2026-12-01', '2027-02-26', '2025-06-20', NULL, NULL, NULL, 2, 0, (SELECT id FROM source WHERE code = 'S62'));

-- How certain each planned date is (schema version 3). Phase-1 evaluation ("December"), the phase-2
-- window and the phase-2 evaluation ("early August") are known only to the month or period; the
-- final selection is disputed between S62/S44b (end of 2026) and S61 (February 2027).
UPDATE stage SET planned_dates = 'approximate' WHERE code IN ('phase1-eval', 'phase2-dev', 'phase2-eval');
-- The phase-1 evaluation's actual start is known only as December 2025 (schema version 8).
UPDATE stage SET actual_start_precision = 'month' WHERE code = 'phase1-eval';
UPDATE stage SET planned_dates = 'disputed', other_source_id = (SELECT id FROM source WHERE code = 'S61')
 WHERE code = 'final-selection';

-- ============================================================================================
-- round_result: document review, 15 → 10, published 2025-07-25 (S9 passed, S10 eliminated).
-- Scores were not published.
INSERT INTO round_result (stage_id, consortium_id, outcome, exit_reason, rank, total_score, total_is_confidential, evaluated_on, published_on, note_ko, note_en, source_id, total_source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'naver'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'lg'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'motif'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'kakao'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'upstage'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'kt'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'skt'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'konan'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'ncai'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'kaist'), 'advanced', NULL, NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S9'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'lunit'), 'eliminated', 'below_cut_line', NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S10'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'bionexus'), 'eliminated', 'below_cut_line', NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S10'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'sionic'), 'eliminated', 'below_cut_line', NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S10'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'junctionmed'), 'eliminated', 'below_cut_line', NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S10'), NULL),
    ((SELECT id FROM stage WHERE code = 'document-review'), (SELECT id FROM consortium WHERE code = 'pion'), 'eliminated', 'below_cut_line', NULL, NULL, 0, '2025-07-25', '2025-07-25', NULL, NULL, (SELECT id FROM source WHERE code = 'S10'), NULL);

-- round_result: presentation review, 10 → 5. Presentations 2025-07-30 and 31, result 2025-08-04
-- (S11, S13). Scores were not published.
INSERT INTO round_result (stage_id, consortium_id, outcome, exit_reason, rank, total_score, total_is_confidential, evaluated_on, published_on, note_ko, note_en, source_id, total_source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'naver'), 'advanced', NULL, NULL, NULL, 0, '2025-07-31', '2025-08-04', '정예팀 선정', 'Selected as an elite team', (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'upstage'), 'advanced', NULL, NULL, NULL, 0, '2025-07-31', '2025-08-04', '정예팀 선정', 'Selected as an elite team', (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'skt'), 'advanced', NULL, NULL, NULL, 0, '2025-07-31', '2025-08-04', '정예팀 선정', 'Selected as an elite team', (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'ncai'), 'advanced', NULL, NULL, NULL, 0, '2025-07-31', '2025-08-04', '정예팀 선정', 'Selected as an elite team', (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'lg'), 'advanced', NULL, NULL, NULL, 0, '2025-07-31', '2025-08-04', '정예팀 선정', 'Selected as an elite team', (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'kakao'), 'eliminated', 'not_selected', NULL, NULL, 0, '2025-07-31', '2025-08-04', NULL, NULL, (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'kt'), 'eliminated', 'not_selected', NULL, NULL, 0, '2025-07-31', '2025-08-04', NULL, NULL, (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'konan'), 'eliminated', 'not_selected', NULL, NULL, 0, '2025-07-31', '2025-08-04', NULL, NULL, (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'kaist'), 'eliminated', 'not_selected', NULL, NULL, 0, '2025-07-31', '2025-08-04', NULL, NULL, (SELECT id FROM source WHERE code = 'S13'), NULL),
    ((SELECT id FROM stage WHERE code = 'presentation-review'), (SELECT id FROM consortium WHERE code = 'motif'), 'eliminated', 'not_selected', NULL, NULL, 0, '2025-07-31', '2025-08-04', '미선정. 2026년 2월 추가 공모로 재진입', 'Not selected. Re-entered through the additional call in February 2026.', (SELECT id FROM source WHERE code = 'S13'), NULL);

-- round_result: phase-1 evaluation, 5 → 3, result 2026-01-15 (S37, S41, S45). Public: LG AI
-- Research first with 90.2, the rank order LG, NAVER Cloud, SK Telecom, Upstage, NC AI, and the
-- 5-team average of 79.7. The other four totals are not public: the values below are illustrative,
-- chosen to keep the rank order and the 79.7 average, and marked confidential. The rows of those
-- four teams therefore cite ILLUSTRATIVE although their rank and outcome are public.
INSERT INTO round_result (stage_id, consortium_id, outcome, exit_reason, rank, total_score, total_is_confidential, evaluated_on, published_on, note_ko, note_en, source_id, total_source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM consortium WHERE code = 'lg'), 'advanced', NULL, 1, 90.2, 0, '2026-01-14', '2026-01-15', '벤치마크·전문가·사용자 평가 모두 최고점', 'Top score in the benchmark, expert and user evaluations.', (SELECT id FROM source WHERE code = 'S41'), (SELECT id FROM source WHERE code = 'S41')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM consortium WHERE code = 'naver'), 'eliminated', 'failed_gate', 2, 81.6, 1, '2026-01-14', '2026-01-15', '점수는 상위권(2위)이었으나 독자성 기준 미충족(알리바바 Qwen의 비전·오디오 인코더와 가중치 사용)으로 탈락. 총점은 비공개, 예시 값', 'Ranked 2nd on score but failed the independence gate (vision/audio encoder and weights from Alibaba''s Qwen). Total not published, illustrative value.', (SELECT id FROM source WHERE code = 'S37'), (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM consortium WHERE code = 'skt'), 'advanced', NULL, 3, 79.9, 1, '2026-01-14', '2026-01-15', '통과. 총점은 비공개, 예시 값', 'Advanced. Total not published, illustrative value.', (SELECT id FROM source WHERE code = 'S37'), (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM consortium WHERE code = 'upstage'), 'advanced', NULL, 4, 78.4, 1, '2026-01-14', '2026-01-15', '통과. 총점은 비공개, 예시 값', 'Advanced. Total not published, illustrative value.', (SELECT id FROM source WHERE code = 'S37'), (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM consortium WHERE code = 'ncai'), 'eliminated', 'below_cut_line', 5, 68.4, 1, '2026-01-14', '2026-01-15', '최저점으로 탈락. 총점은 비공개, 예시 값', 'Eliminated with the lowest score. Total not published, illustrative value.', (SELECT id FROM source WHERE code = 'S37'), (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- round_result: additional call, 2 applicants → 1 added, result 2026-02-20 (S53, S55). Scores were
-- not published. NAVER Cloud, NC AI, Kakao, KT, Konan and KAIST declined to re-apply (S52) and have
-- no row here.
INSERT INTO round_result (stage_id, consortium_id, outcome, exit_reason, rank, total_score, total_is_confidential, evaluated_on, published_on, note_ko, note_en, source_id, total_source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'additional-call'), (SELECT id FROM consortium WHERE code = 'motif'), 'advanced', NULL, NULL, NULL, 0, '2026-02-20', '2026-02-20', '전문가 평가위원 과반 동의로 네 번째 정예팀 선정. 자체 아키텍처 설계 경험과 적은 매개변수 대비 경쟁력 있는 성능이 이유', 'Selected as the fourth elite team by a majority of the expert panel: own architecture design and competitive results with few parameters.', (SELECT id FROM source WHERE code = 'S55'), NULL),
    ((SELECT id FROM stage WHERE code = 'additional-call'), (SELECT id FROM consortium WHERE code = 'trillion'), 'eliminated', 'not_selected', NULL, NULL, 0, '2026-02-20', '2026-02-20', '미선정. 모티프테크놀로지스와의 격차는 ''매우 근소''했다고 함', 'Not selected. The gap to Motif Technologies was reported as ''very narrow''.', (SELECT id FROM source WHERE code = 'S55'), NULL);

-- round_result: phase-2 evaluation, planned 4 → 3 in early August 2026 (S56, S61). The result has
-- not been published: outcome 'pending', no rank, no score. No announcement exists, so the rows
-- carry no announcement date of their own: evaluated_on and published_on are the start of the
-- planned window (from then on the four teams are known to be under evaluation), and the views
-- show a pending row as "result pending", never with this date.
INSERT INTO round_result (stage_id, consortium_id, outcome, exit_reason, rank, total_score, total_is_confidential, evaluated_on, published_on, note_ko, note_en, source_id, total_source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'phase2-eval'), (SELECT id FROM consortium WHERE code = 'lg'), 'pending', NULL, NULL, NULL, 0, '2026-08-03', '2026-08-03', '2차 단계평가 결과 미공개', 'Phase-2 result not published.', (SELECT id FROM source WHERE code = 'S61'), NULL),
    ((SELECT id FROM stage WHERE code = 'phase2-eval'), (SELECT id FROM consortium WHERE code = 'skt'), 'pending', NULL, NULL, NULL, 0, '2026-08-03', '2026-08-03', '2차 단계평가 결과 미공개', 'Phase-2 result not published.', (SELECT id FROM source WHERE code = 'S61'), NULL),
    ((SELECT id FROM stage WHERE code = 'phase2-eval'), (SELECT id FROM consortium WHERE code = 'upstage'), 'pending', NULL, NULL, NULL, 0, '2026-08-03', '2026-08-03', '2차 단계평가 결과 미공개', 'Phase-2 result not published.', (SELECT id FROM source WHERE code = 'S61'), NULL),
    ((SELECT id FROM stage WHERE code = 'phase2-eval'), (SELECT id FROM consortium WHERE code = 'motif'), 'pending', NULL, NULL, NULL, 0, '2026-08-03', '2026-08-03', '2차 단계평가 결과 미공개', 'Phase-2 result not published.', (SELECT id FROM source WHERE code = 'S61'), NULL);

-- ============================================================================================
-- criterion: phase-1 evaluation, 100 points (S38, S39). Benchmark 40 = NIA 10 + global common 20
-- (13 benchmarks) + global individual 10 (5 benchmarks against each team's own target model).
-- ZDNet (S36) reported 2 individual benchmarks instead of 5 (U). Independence is a pass/fail gate
-- (S37). The presentation-review criteria were published without weights (S18), so they are not here.
INSERT INTO criterion (stage_id, code, parent_id, seq, name_ko, name_en, max_points, is_gate, source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'benchmark', NULL, 1, '벤치마크 평가', 'Benchmark evaluation', 40, 0, (SELECT id FROM source WHERE code = 'S38'));

INSERT INTO criterion (stage_id, code, parent_id, seq, name_ko, name_en, max_points, is_gate, source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'nia-benchmark', (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 2, 'NIA 벤치마크', 'NIA benchmark (math, knowledge, long context, reliability and safety)', 10, 0, (SELECT id FROM source WHERE code = 'S38')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'global-common', (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 3, '글로벌 공통 벤치마크', 'Global common benchmarks (13)', 20, 0, (SELECT id FROM source WHERE code = 'S38')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'global-individual', (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 4, '글로벌 개별 벤치마크', 'Global individual benchmarks (5, against each team''s target model)', 10, 0, (SELECT id FROM source WHERE code = 'S38')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'expert', NULL, 5, '전문가 평가', 'Expert evaluation', 35, 0, (SELECT id FROM source WHERE code = 'S38')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'user', NULL, 6, '사용자 평가', 'User evaluation', 25, 0, (SELECT id FROM source WHERE code = 'S38')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), 'independence', NULL, 7, '독자성 기준', 'Independence (sovereignty) gate', NULL, 1, (SELECT id FROM source WHERE code = 'S37'));

-- ============================================================================================
-- criterion_score: phase 1. Public: LG AI Research's benchmark 33.6, NIA 9.2, global common 14.4,
-- expert 31.6 and user 25.0 (S39, S41). LG's global individual 10.0 is derived from those
-- (33.6 - 9.2 - 14.4). SK Telecom's NIA 9.2 (S39). Upstage's global individual 10.0 (S40, S).
-- Independence gate: NAVER Cloud failed, the three advancing teams passed (S37).
-- Every other score is illustrative and confidential. They are chosen so that the children add up to
-- the benchmark score, the three parts add up to the total, LG is top in each part, and the 5-team
-- averages are benchmark 30.38, expert 28.56, user 20.76 (published: 30.4, 28.56, 20.76).

-- LG AI Research (public).
INSERT INTO criterion_score (round_result_id, criterion_id, points, passed, is_confidential, source_id) VALUES
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 33.6, NULL, 0, (SELECT id FROM source WHERE code = 'S39')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'nia-benchmark'), 9.2, NULL, 0, (SELECT id FROM source WHERE code = 'S39')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-common'), 14.4, NULL, 0, (SELECT id FROM source WHERE code = 'S39')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-individual'), 10.0, NULL, 0, (SELECT id FROM source WHERE code = 'S39')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'expert'), 31.6, NULL, 0, (SELECT id FROM source WHERE code = 'S41')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'user'), 25.0, NULL, 0, (SELECT id FROM source WHERE code = 'S41')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'lg')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'independence'), NULL, 1, 0, (SELECT id FROM source WHERE code = 'S37'));

-- NAVER Cloud (illustrative except the failed gate).
INSERT INTO criterion_score (round_result_id, criterion_id, points, passed, is_confidential, source_id) VALUES
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 31.2, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'nia-benchmark'), 8.6, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-common'), 13.2, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-individual'), 9.4, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'expert'), 29.4, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'user'), 21.0, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'naver')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'independence'), NULL, 0, 0, (SELECT id FROM source WHERE code = 'S37'));

-- SK Telecom (illustrative except NIA 9.2 and the gate).
INSERT INTO criterion_score (round_result_id, criterion_id, points, passed, is_confidential, source_id) VALUES
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 30.6, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'nia-benchmark'), 9.2, NULL, 0, (SELECT id FROM source WHERE code = 'S39')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-common'), 12.8, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-individual'), 8.6, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'expert'), 28.7, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'user'), 20.6, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'skt')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'independence'), NULL, 1, 0, (SELECT id FROM source WHERE code = 'S37'));

-- Upstage (illustrative except global individual 10.0 and the gate).
INSERT INTO criterion_score (round_result_id, criterion_id, points, passed, is_confidential, source_id) VALUES
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 30.2, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'nia-benchmark'), 8.4, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-common'), 11.8, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-individual'), 10.0, NULL, 0, (SELECT id FROM source WHERE code = 'S40')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'expert'), 27.8, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'user'), 20.4, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'upstage')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'independence'), NULL, 1, 0, (SELECT id FROM source WHERE code = 'S37'));

-- NC AI (all illustrative: whether it passed the gate is not published).
INSERT INTO criterion_score (round_result_id, criterion_id, points, passed, is_confidential, source_id) VALUES
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'benchmark'), 26.3, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'nia-benchmark'), 7.9, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-common'), 10.6, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'global-individual'), 7.8, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'expert'), 25.3, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'user'), 16.8, NULL, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM round_result WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND consortium_id = (SELECT id FROM consortium WHERE code = 'ncai')), (SELECT id FROM criterion WHERE stage_id = (SELECT id FROM stage WHERE code = 'phase1-eval') AND code = 'independence'), NULL, 1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- ============================================================================================
-- benchmark: the 13 global common benchmarks (agents, math, knowledge/reasoning, instruction
-- following) are not all named publicly (S38). COMMON13-AVG is their average (S34, S47). The named
-- benchmarks below are real benchmarks, but their membership of the 13 is illustrative. AIME25 and
-- LiveCodeBench were cited by SK Telecom (S33), HLE by the additional call (S49).
INSERT INTO benchmark (code, name, category, source_id) VALUES
    ('COMMON13-AVG', 'Average of the 13 global common benchmarks', 'aggregate', (SELECT id FROM source WHERE code = 'S47')),
    ('AIME25', 'AIME 2025', 'math', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('LiveCodeBench', 'LiveCodeBench', 'coding', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('MMLU-Pro', 'MMLU-Pro', 'knowledge', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('GPQA-Diamond', 'GPQA Diamond', 'reasoning', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('HLE', 'Humanity''s Last Exam', 'reasoning', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('IFEval', 'IFEval', 'instruction_following', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('tau2-Bench', 'τ²-Bench', 'agent', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('KMMLU', 'KMMLU', 'korean_knowledge', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));
UPDATE benchmark SET name_ko = '글로벌 공통 벤치마크 13종 평균' WHERE code = 'COMMON13-AVG';

-- round_reference: phase 1 frozen at the showcase, 2025-12-30. LG AI Research's target model
-- Qwen3-235B averaged 69.37 on the 13 common benchmarks (S34, S47). The per-benchmark reference
-- scores are illustrative.
INSERT INTO round_reference (stage_id, benchmark_id, reference_model, reference_score, frozen_on, source_id) VALUES
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 'Qwen3-235B', 69.37, '2025-12-30', (SELECT id FROM source WHERE code = 'S34')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 'Qwen3-235B', 92.3, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 'Qwen3-235B', 74.1, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 'Qwen3-235B', 84.4, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 'Qwen3-235B', 81.1, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 'Qwen3-235B', 18.2, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 'Qwen3-235B', 87.8, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 'Qwen3-235B', 58.5, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 'Qwen3-235B', 71.0, '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- ============================================================================================
-- released_model: models released by the consortia (FACTS section 8, pre-programme models left out).
-- Where only a month is known the date is the 1st of that month and released_precision says
-- 'month' (schema version 7): Solar Open 100B (Dec 2025), A.X K2 (July 2026), and the HyperCLOVA X
-- SEED models and VAETKI ("around end of Dec 2025 / Jan 2026": January, as their notes say).
-- EXAONE 4.5 is LG's own release: no source calls it a programme deliverable, so
-- is_programme_output is 0 and the timeline does not draw it as a programme release.
-- Left out because the facts do not support them as a consortium's programme release:
-- A.X-K2-Raon-Speech-21B-A3B (S63g) is KRAFTON's speech model, tied to the programme by its name
-- only (U), and would otherwise stand as SK Telecom's latest model instead of A.X K2. Motif-3-Beta
-- (S63n) has no known release date (NF) and being the programme deliverable is inferred (U).
INSERT INTO released_model (consortium_id, code, name, params_total_b, params_active_b, released_on, announced_on, licence, note_ko, note_en, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lg'), 'k-exaone-236b-a23b', 'K-EXAONE (K-EXAONE-236B-A23B)', 236, 23, '2025-12-31', '2025-12-31', 'custom "k-exaone" licence (per aggregator)', '1단계 평가 1위 모델. MoE, 256K 컨텍스트, 6개 언어. 2025-12-30 발표회에서 공개', 'Phase-1 top model. MoE, 256K context, 6 languages. Shown at the 2025-12-30 showcase.', (SELECT id FROM source WHERE code = 'S63b')),
    ((SELECT id FROM consortium WHERE code = 'lg'), 'k-exaone-2-0-750b-a37b', 'K-EXAONE 2.0 (750B-A37B)', 750, 37, '2026-07-31', '2026-07-31', 'apache-2.0 (aggregator only)', '하이브리드 어텐션 MoE. 공개 시점이 2단계 제출과 맞지만 평가와의 연관을 밝힌 출처는 없음(불확실)', 'Hybrid-attention MoE. Timing matches the phase-2 submission, but no source ties it to the evaluation (uncertain).', (SELECT id FROM source WHERE code = 'S63a')),
    ((SELECT id FROM consortium WHERE code = 'lg'), 'exaone-4-5-33b', 'EXAONE 4.5 (33B VLM)', 33, NULL, '2026-04-09', '2026-04-09', NULL, '시각-언어 모델. 사업 결과물이라는 언급은 없음(불확실)', 'Vision-language model. Not stated to be a programme deliverable (uncertain).', (SELECT id FROM source WHERE code = 'S63a')),
    ((SELECT id FROM consortium WHERE code = 'skt'), 'ax-k1', 'A.X K1', 519, 33, '2025-12-30', '2025-12-30', 'Apache 2.0', 'MoE. 2025-12-30 발표회에서 공개. AIME25와 LiveCodeBench에서 DeepSeek-V3.1과 대등 이상(회사 주장)', 'MoE, unveiled at the 2025-12-30 showcase. On par with or above DeepSeek-V3.1 on AIME25 and LiveCodeBench (company claim).', (SELECT id FROM source WHERE code = 'S33')),
    ((SELECT id FROM consortium WHERE code = 'skt'), 'ax-k2', 'A.X K2', 688, 33, '2026-07-01', '2026-07-01', 'apache-2.0', '2026년 7월 공개(정확한 날짜 미공개, Transformers 지원 2026-07-24). HF 표기 692B. 모델 카드에 독자 AI 파운데이션 모델 사업으로 개발되었다고 명시', 'Released July 2026 (exact day not public, Transformers support 2026-07-24). HF shows 692B. The model card says it was developed in the Sovereign AI foundation model project.', (SELECT id FROM source WHERE code = 'S63d')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), 'solar-open-100b', 'Solar Open 100B', 102, 12, '2025-12-01', '2025-12-01', 'Solar-Apache License 2.0', '2025년 12월 공개. 19.7T 토큰으로 처음부터 학습. GLM-4.5-Air 표절 의혹에 2026-01-02/03 학습 로그 공개로 대응. 글로벌 개별 벤치마크 10/10', 'Released December 2025. Trained from scratch on 19.7T tokens. Answered a plagiarism allegation (GLM-4.5-Air) by showing training logs on 2026-01-02/03. Global individual benchmark 10/10.', (SELECT id FROM source WHERE code = 'S63h')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), 'solar-open2-250b', 'Solar Open2 250B', 250, 15, '2026-07-31', '2026-07-31', 'Upstage Solar licence (aggregator)', '2026-07-31경 공개. 노타가 업스테이지 컨소시엄의 소버린 AI 모델로 소개', 'Released about 2026-07-31. Nota AI lists it as a Sovereign AI model of the Upstage consortium.', (SELECT id FROM source WHERE code = 'S63i')),
    ((SELECT id FROM consortium WHERE code = 'naver'), 'hyperclovax-seed-32b-think', 'HyperCLOVA X SEED 32B Think', 32, NULL, '2026-01-01', '2026-01-01', 'hyperclovax (HF)', '2025년 12월 말~2026년 1월 공개(날짜는 근사값). Qwen 기반 비전·오디오 인코더 사용으로 1단계에서 탈락', 'Released end of December 2025 or January 2026 (approximate date). Eliminated in phase 1 over the Qwen-derived vision/audio encoder.', (SELECT id FROM source WHERE code = 'S63l')),
    ((SELECT id FROM consortium WHERE code = 'naver'), 'hyperclovax-seed-8b-omni', 'HyperCLOVA X SEED 8B Omni', 8, NULL, '2026-01-01', '2026-01-01', NULL, '2025년 12월 말~2026년 1월 공개(날짜는 근사값). 옴니모달 모델', 'Released end of December 2025 or January 2026 (approximate date). Omni-modal model.', (SELECT id FROM source WHERE code = 'S63l')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), 'vaetki', 'VAETKI', 112, NULL, '2026-01-01', '2026-01-01', NULL, '2025년 12월 말~2026년 1월 공개(날짜는 근사값). 토크나이저 어휘의 20%를 한국어에 배정. 1단계 최저점', 'Released end of December 2025 or January 2026 (approximate date). 20 % of the tokenizer vocabulary is Korean. Lowest phase-1 score.', (SELECT id FROM source WHERE code = 'S63m'));
UPDATE released_model SET released_precision = 'month'
 WHERE code IN ('solar-open-100b', 'ax-k2', 'hyperclovax-seed-32b-think', 'hyperclovax-seed-8b-omni', 'vaetki');
UPDATE released_model SET is_programme_output = 0 WHERE code = 'exaone-4-5-33b';
-- Licence notes that describe rather than name a licence, in Korean (schema version 3).
UPDATE released_model SET licence_ko = CASE licence
    WHEN 'custom "k-exaone" licence (per aggregator)' THEN '자체 "k-exaone" 라이선스(애그리게이터 기준)'
    WHEN 'apache-2.0 (aggregator only)' THEN 'apache-2.0(애그리게이터 정보만)'
    WHEN 'Upstage Solar licence (aggregator)' THEN 'Upstage Solar 라이선스(애그리게이터 기준)'
    WHEN 'hyperclovax (HF)' THEN 'hyperclovax(Hugging Face 표기)'
END;

-- ============================================================================================
-- model_score: phase 1. Public: K-EXAONE's 13-benchmark average 72.03, 104 % of Qwen3-235B
-- (S47, company figure). Everything else is illustrative and confidential: scores mostly between
-- 85 % and 105 % of the reference, K-EXAONE ahead on most benchmarks, as LG claimed (10 of 13).
INSERT INTO model_score (released_model_id, stage_id, benchmark_id, score, is_confidential, source_id) VALUES
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 72.03, 0, (SELECT id FROM source WHERE code = 'S47')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 67.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 65.9, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 63.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'COMMON13-AVG'), 59.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 94.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 80.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 84.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 79.5, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 19.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 90.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 62.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'k-exaone-236b-a23b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 78.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 85.8, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 70.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 77.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 73.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 16.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 86.9, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 52.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'hyperclovax-seed-32b-think'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 74.5, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 95.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 73.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 81.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 76.2, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 16.9, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 83.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 53.8, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'ax-k1'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 73.8, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 84.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 66.7, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 78.5, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 72.2, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 15.7, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 85.2, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 55.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'solar-open-100b'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 72.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'AIME25'), 79.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'LiveCodeBench'), 63.0, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'MMLU-Pro'), 73.4, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'GPQA-Diamond'), 68.9, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'HLE'), 14.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'IFEval'), 80.8, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'tau2-Bench'), 49.1, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM released_model WHERE code = 'vaetki'), (SELECT id FROM stage WHERE code = 'phase1-eval'), (SELECT id FROM benchmark WHERE code = 'KMMLU'), 69.6, 1, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- ============================================================================================
-- gpu_model: performance relative to one H100. 512 B200 were offered as an alternative to 1,024
-- H100 (S14), and about 768 B200 were equated with 512 B200 + 512 H100 (S50): both imply
-- B200 = 2 H100. The H200 factor is illustrative.
INSERT INTO gpu_model (code, name, h100_equivalent, source_id) VALUES
    ('H100', 'NVIDIA H100', 1.0, (SELECT id FROM source WHERE code = 'S14')),
    ('H200', 'NVIDIA H200', 1.4, (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ('B200', 'NVIDIA B200', 2.0, (SELECT id FROM source WHERE code = 'S50')),
    ('B200 or 2×H100', 'NVIDIA B200 or 2× H100 (split not published)', 2.0, (SELECT id FROM source WHERE code = 'S14'));

-- gpu_provider: the two lease-track lessors (S30), the cloud firms of the government GPU purchase
-- (S31), and 'undisclosed' for allocations whose lessor was not published (S15).
INSERT INTO gpu_provider (code, name_ko, name_en, source_id) VALUES
    ('skt', 'SK텔레콤', 'SK Telecom', (SELECT id FROM source WHERE code = 'S30')),
    ('naver-cloud', '네이버클라우드', 'NAVER Cloud', (SELECT id FROM source WHERE code = 'S30')),
    ('nhn-cloud', 'NHN클라우드', 'NHN Cloud', (SELECT id FROM source WHERE code = 'S31')),
    ('kakao-cloud', '카카오', 'Kakao', (SELECT id FROM source WHERE code = 'S31')),
    ('undisclosed', '미공개', 'Undisclosed', (SELECT id FROM source WHERE code = 'S15'));

-- gpu_allocation, phase 1: Upstage, NC AI and LG AI Research each got 512 B200 or 1,024 H100 (S14).
-- SK Telecom's B200s went to two of them and NAVER Cloud's H100/H200s to one (S15), but which team
-- got which is not public: recorded as 512 of the GPU model 'B200 or 2×H100' (1,024 H100
-- equivalents either way) from the lessor 'undisclosed', never as a claimed B200 or H100.
-- SK Telecom and NAVER Cloud used their own GPUs (no count published).
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2025-08-04', '2025-12-31', '2025-08-04', (SELECT id FROM source WHERE code = 'S14')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2025-08-04', '2025-12-31', '2025-08-04', (SELECT id FROM source WHERE code = 'S14')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2025-08-04', '2025-12-31', '2025-08-04', (SELECT id FROM source WHERE code = 'S14'));

-- Extension to the end of the phase-1 evaluation on 2026-01-15. The lease ran 2025 to 1H 2026 (S30),
-- but this exact extension is not published: illustrative.
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2026-01-01', '2026-01-15', '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2026-01-01', '2026-01-15', '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200 or 2×H100'), 512, '2026-01-01', '2026-01-15', '2025-12-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- Phase 2: LG AI Research and Upstage 512 B200 + 512 H100 each for 1H 2026, Motif about 768 B200
-- from its selection to the end of its window (S49, S50). SK Telecom: no government GPUs in 1H 2026.
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200'), 512, '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'H100'), 512, '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200'), 512, '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'H100'), 512, '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50'));
-- "about 768 B200" (S50): the count is approximate.
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, count_precision, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM gpu_provider WHERE code = 'undisclosed'), (SELECT id FROM gpu_model WHERE code = 'B200'), 768, 'approximate', '2026-02-20', '2026-07-31', '2026-02-20', (SELECT id FROM source WHERE code = 'S50'));
-- SK Telecom: no government GPUs in 1H 2026 (S50, S50b): a published "none", with no provider or model.
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'skt'), NULL, NULL, 0, '2026-01-16', '2026-06-30', '2026-01-23', (SELECT id FROM source WHERE code = 'S50'));

-- After the phase-2 windows, from the government-purchased pool (S31, S50: SK Telecom eligible from
-- 2H 2026). Counts, providers and periods are illustrative.
INSERT INTO gpu_allocation (consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM gpu_provider WHERE code = 'nhn-cloud'), (SELECT id FROM gpu_model WHERE code = 'B200'), 768, '2026-07-01', '2026-12-31', '2026-06-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'lg'), (SELECT id FROM gpu_provider WHERE code = 'nhn-cloud'), (SELECT id FROM gpu_model WHERE code = 'B200'), 768, '2026-07-01', '2026-12-31', '2026-06-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), (SELECT id FROM gpu_provider WHERE code = 'kakao-cloud'), (SELECT id FROM gpu_model WHERE code = 'B200'), 768, '2026-07-01', '2026-12-31', '2026-06-30', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'motif'), (SELECT id FROM gpu_provider WHERE code = 'naver-cloud'), (SELECT id FROM gpu_model WHERE code = 'H200'), 1024, '2026-08-01', '2026-12-31', '2026-07-31', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- ============================================================================================
-- funding: all illustrative. Public context only: about KRW 193.6 bn for the project in 2025 (S6),
-- about KRW 150 bn of it GPU lease, 62.8 bn data and 25 bn talent (S16), government matching tied to
-- the level of open-source release (S4). Per-team amounts and grades are not published. Government
-- amounts include GPU support in kind. Teams without government GPUs in 2025 (SK Telecom, NAVER
-- Cloud) get less and carry more themselves.
INSERT INTO funding (consortium_id, year, government_krw, private_krw, open_source_grade, announced_on, source_id) VALUES
    ((SELECT id FROM consortium WHERE code = 'lg'), 2025, 48000000000, 9000000000, 'B', '2025-08-04', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'skt'), 2025, 16000000000, 24000000000, 'A', '2025-08-04', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), 2025, 50000000000, 4000000000, 'A', '2025-08-04', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'naver'), 2025, 15000000000, 18000000000, 'B', '2025-08-04', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'ncai'), 2025, 46000000000, 7000000000, 'C', '2025-08-04', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'lg'), 2026, 62000000000, 10000000000, 'B', '2026-01-23', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'skt'), 2026, 44000000000, 20000000000, 'A', '2026-01-23', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'upstage'), 2026, 62000000000, 6000000000, 'A', '2026-01-23', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE')),
    ((SELECT id FROM consortium WHERE code = 'motif'), 2026, 40000000000, 5000000000, 'A', '2026-02-20', (SELECT id FROM source WHERE code = 'ILLUSTRATIVE'));

-- No gpu_usage rows: the application generates illustrative daily usage itself.
