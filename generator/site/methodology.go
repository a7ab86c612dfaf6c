package site

import (
	"strconv"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/vi"
)

// methodologyView adds to the methodology page every rule of the method,
// worded from the same constants and config the assessment uses, the
// cut-offs, and a worked example assessed by the same code as every
// indicator, so the page cannot say one thing while the code does another.
func (m *model) methodologyView(p *content.Page) (MethodologyView, error) {
	t := m.Config.Progress.Thresholds
	v := MethodologyView{PageView: m.pageView(p), Base: m.Config.Years.Base, Target: m.Config.Years.Target}
	v.Thresholds = []Threshold{
		{"R ≥ " + vi.Auto(t.OnTrack), progress.Label(progress.OnTrack), progress.OnTrack},
		{vi.Auto(t.Accelerate) + " ≤ R < " + vi.Auto(t.OnTrack), progress.Label(progress.AccelerationNeeded), progress.AccelerationNeeded},
		{vi.Auto(t.Limited) + " ≤ R < " + vi.Auto(t.Accelerate), progress.Label(progress.Limited), progress.Limited},
		{"R < " + vi.Auto(t.Limited), progress.Label(progress.Deterioration), progress.Deterioration},
	}
	r := progress.TrendRates
	v.TrendThresholds = []Threshold{
		{"từ " + pct(r.Substantial) + "/năm", progress.Label(progress.TrendSubstantial), progress.TrendSubstantial},
		{"từ " + pct(r.Moderate) + " đến dưới " + pct(r.Substantial), progress.Label(progress.TrendModerate), progress.TrendModerate},
		{"từ " + pct(r.Limited) + " đến dưới " + pct(r.Moderate), progress.Label(progress.TrendLimited), progress.TrendLimited},
		{"dưới " + pct(r.Limited), progress.Label(progress.TrendDeterioration), progress.TrendDeterioration},
	}
	v.Rules = methodRules(m.Config)
	ex := progress.Example()
	a := &assessed{Indicator: ex, Assessment: progress.Assess(ex, m.Config, m.Config.Report())}
	m.summarize(a)
	var err error
	v.Example, err = m.indicatorView(a)
	return v, err
}

// methodRules states each rule of the method with the site's settings.
func methodRules(c config.Config) []Fact {
	base := strconv.Itoa(c.Years.Base)
	rule := "năm có số liệu gần " + base + " nhất (năm sớm hơn nếu cách đều), trong các năm trước năm mới nhất"
	if c.Progress.BaseRule == config.FirstAfter {
		rule = "năm có số liệu đầu tiên từ " + base + " trở đi, trước năm mới nhất"
	}
	return []Fact{
		{"Năm gốc", rule + ". Chỉ số có thể đặt năm gốc (base_year) và quy tắc riêng: nearest (gần nhất) hoặc first_after (đầu tiên từ năm gốc trở đi)."},
		{"Năm mục tiêu", strconv.Itoa(c.Years.Target) + ", trừ khi văn bản chương trình ghi năm khác cho chỉ số (ví dụ “đến năm 2027”) hoặc chỉ số đặt target_year riêng."},
		{"Đã đạt trước hết", "số liệu mới nhất đã ở đúng phía của mục tiêu thì ghi “Đã đạt”, không xét tốc độ: “trên X” khi lớn hơn X, “tối thiểu X” khi từ X, “dưới X” khi nhỏ hơn X, “tối đa X” khi đến X; với khoảng “A - B”: từ A nếu càng cao càng tốt, đến B nếu càng thấp càng tốt."},
		{"Mục tiêu “khoảng X”", "cần một sai số cho phép (tolerance). Đạt khi số liệu tới X trừ sai số (chỉ số càng cao càng tốt) hoặc X cộng sai số (càng thấp càng tốt). Vượt quá X theo chiều tốt vẫn là đạt; trang của chỉ số ghi rõ khi số liệu đã vượt X."},
		{"Đủ dữ liệu", "cần ít nhất hai năm có số liệu, có năm gốc trước năm mới nhất; nếu không, ghi “Chưa đủ dữ liệu”."},
		{"Tốc độ tăng (CAGR)", "dùng cho mức và tỷ lệ: R = tốc độ tăng bình quân năm đã đạt ÷ tốc độ cần có để tới mục tiêu vào năm mục tiêu, đổi dấu với chỉ số càng thấp càng tốt."},
		{"Phần quãng đường", "dùng thay tốc độ tăng khi chỉ số là số cộng dồn (như số căn nhà đã xây), khi năm gốc, số liệu mới nhất hoặc mục tiêu bằng 0 hay âm, hoặc khi năm gốc hay mục tiêu nhỏ hơn " + pct(progress.NearZero) + " của số kia (ở đó tốc độ tăng mất ý nghĩa, nên năm gốc 0,001 được xét như năm gốc 0): R = phần quãng đường đã đi ÷ phần thời gian đã qua."},
		{"Năm gốc bằng mục tiêu", "khi năm gốc đã đúng bằng mức mục tiêu (như “trên 95%” từ đúng 95%), không có tỷ số; xếp theo chiều thay đổi: tốt lên là đúng tiến độ, xấu đi là đi lùi, không đổi là chậm."},
		{"Ngưỡng của R", "như bảng dưới; chỉ số có thể đặt ngưỡng riêng (thresholds)."},
		{"Không có mục tiêu bằng số", "chỉ số có chiều tốt mà không có mục tiêu được đánh giá theo tốc độ tăng bình quân năm (đổi dấu nếu càng thấp càng tốt) so với các mức cố định ở bảng dưới, như Cơ quan Thống kê Liên Hợp Quốc và Open SDG; các trạng thái này được đếm riêng ở trang chủ. Khi số liệu bằng 0 hay âm thì không có tốc độ tăng: “Chưa đủ dữ liệu”."},
		{"Số liệu theo nhóm", "mỗi nhóm (địa bàn, giới tính…) được đánh giá riêng theo cùng quy tắc. Trạng thái chung lấy từ các dòng tổng; chỉ số có thể chọn cộng các nhóm (headline = sum) hoặc lấy nhóm kém nhất (headline = worst). Tệp chia nhóm mà không có dòng tổng và không chọn cách nào là lỗi."},
		{"Đặt bằng tay", "cơ quan thống kê có thể đặt trạng thái bằng tay kèm lý do, cho số liệu phương pháp không xét được; trang ghi rõ “đặt bằng tay”, lý do, và vẫn hiện cách tính cùng trạng thái tính được."},
		{"Tình hình chung của chỉ tiêu", targetStateRule()},
		{"Mốc định tính", "không có thước đo số: “Đã hoàn thành” khi số liệu mới nhất đạt 100% khối lượng công việc, còn lại “Chưa hoàn thành”."},
	}
}
