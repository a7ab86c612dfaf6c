package site

import (
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/vi"
)

// working lists the steps of an assessment for the "Cách tính" panel: the
// rules applied, the figures compared and the rule that gave status (the
// computed one: a status set by hand is shown beside the working, never
// inside it).
func working(d indicator.Definition, status progress.Status, a progress.Assessment) []Fact {
	var f []Fact
	add := func(term, value string) { f = append(f, Fact{term, value}) }
	point := func(p progress.Point) string { return progress.Format(d, p.Value) + " (" + strconv.Itoa(p.Year) + ")" }
	if a.Method == progress.MethodMilestone {
		add("Phương pháp", "mốc hoàn thành: đạt khi số liệu mới nhất bằng 100% khối lượng công việc")
		if a.HasLatest {
			add("Số liệu mới nhất", point(a.Latest))
		}
		return f
	}
	if d.Comparator.HasTarget() {
		add("Mục tiêu", FormatTargetYear(d, a.TargetYear))
	} else {
		add("Mục tiêu", "không có mục tiêu bằng số; đánh giá theo xu hướng, chiều tốt là "+directionWords(d.Direction))
	}
	add("Năm gốc theo quy tắc", baseRuleWords(a.Rules))
	if a.HasBase {
		add("Năm gốc", point(a.Base))
	}
	if a.HasLatest {
		add("Số liệu mới nhất", point(a.Latest))
	}
	method(add, d, a)
	switch {
	case a.Method == progress.MethodTrend && status != progress.InsufficientData:
		r := progress.TrendRates
		add("Tốc độ thực tế", pct(a.ObservedPace)+"/năm (đã đổi dấu nếu càng thấp càng tốt)")
		add("Ngưỡng", "từ "+pct(r.Substantial)+"/năm: tốt rõ rệt; từ "+pct(r.Moderate)+": tốt, còn chậm; từ "+pct(r.Limited)+": gần như không đổi; dưới "+pct(r.Limited)+": xấu đi")
	case a.Method == progress.MethodTrend:
		add("Quy tắc", "không tính được tốc độ tăng khi số liệu bằng 0 hoặc âm")
	case a.HasRatio:
		t := a.Rules.Thresholds
		add("Tỷ số R", vi.Number(a.Ratio, 2))
		add("Ngưỡng", "R ≥ "+vi.Auto(t.OnTrack)+": đúng tiến độ; "+vi.Auto(t.Accelerate)+" ≤ R < "+vi.Auto(t.OnTrack)+": cần đẩy nhanh; "+vi.Auto(t.Limited)+" ≤ R < "+vi.Auto(t.Accelerate)+": chậm; R < "+vi.Auto(t.Limited)+": đi lùi")
	case a.HasBase && a.Method != progress.MethodThreshold:
		add("Quy tắc", "năm gốc đã ở đúng mức mục tiêu nên không tính được tỷ số; xếp loại theo chiều thay đổi")
	}
	if status == progress.InsufficientData && a.Method != progress.MethodTrend {
		add("Quy tắc", "cần ít nhất hai năm có số liệu, năm gốc trước năm mới nhất, để đánh giá xu hướng")
	}
	add("Kết quả", progress.Label(status))
	return f
}

// method adds the lines that say which method was used, and why.
func method(add func(string, string), d indicator.Definition, a progress.Assessment) {
	switch a.Method {
	case progress.MethodThreshold:
		rule := "số liệu mới nhất đã đạt mức mục tiêu, nên xếp “Đã đạt” trước khi xét xu hướng"
		if d.Comparator == indicator.About {
			rule = "mục tiêu “khoảng” được tính là đạt khi số liệu tới " + aboutMark(d) + " (mục tiêu " + directionPlusMinus(d) + " sai số " + vi.Auto(d.Tolerance) + ")"
		}
		add("Quy tắc", rule)
		if a.Overshoot {
			add("Vượt mức", overshootWords(d))
		}
	case progress.MethodCAGR:
		add("Phương pháp", "so sánh tốc độ tăng trưởng bình quân năm (CAGR)")
		add("Tốc độ thực tế", pct(a.ObservedPace)+"/năm")
		add("Tốc độ cần có", pct(a.RequiredPace)+"/năm")
	case progress.MethodLinear:
		add("Phương pháp", "so sánh phần quãng đường đã đi với phần thời gian đã qua, vì "+linearWhy(a.Why))
		add("Phần quãng đường đã đi", pct(a.ObservedPace))
		add("Phần thời gian đã qua", pct(a.RequiredPace))
	case progress.MethodTrend:
		add("Phương pháp", "tốc độ tăng trưởng bình quân năm (CAGR) so với các mức cố định")
	}
}

// linearWhy words why the linear share replaced growth rates.
func linearWhy(w progress.Why) string {
	switch w {
	case progress.WhyCumulative:
		return "đây là số cộng dồn"
	case progress.WhyNotPositive:
		return "năm gốc, số liệu mới nhất hoặc mục tiêu bằng 0 hay âm, nên không có tốc độ tăng"
	case progress.WhyNearZero:
		return "năm gốc hoặc mục tiêu nhỏ hơn " + pct(progress.NearZero) + " của số kia, nơi tốc độ tăng mất ý nghĩa"
	}
	return ""
}

// aboutMark is where "khoảng X" counts as met: X − tolerance where higher
// is better, X + tolerance where lower is.
func aboutMark(d indicator.Definition) string {
	return progress.Format(d, d.Value-d.Direction.Sign()*d.Tolerance)
}

func directionPlusMinus(d indicator.Definition) string {
	if d.HigherIsBetter() {
		return "trừ"
	}
	return "cộng"
}

// overshootWords says what going past "khoảng X" means for the indicator.
func overshootWords(d indicator.Definition) string {
	if d.HigherIsBetter() {
		return "số liệu đã vượt " + progress.Format(d, d.Value) + "; với chỉ số càng cao càng tốt, vượt mức vẫn là đạt"
	}
	return "số liệu đã xuống dưới " + progress.Format(d, d.Value) + "; với chỉ số càng thấp càng tốt, thấp hơn mức vẫn là đạt"
}

func directionWords(dir indicator.Direction) string {
	if dir.HigherIsBetter() {
		return "tăng"
	}
	return "giảm"
}

// baseRuleWords says how the base observation is chosen.
func baseRuleWords(r config.Rules) string {
	y := strconv.Itoa(r.BaseYear)
	if r.BaseRule == config.FirstAfter {
		return "năm có số liệu đầu tiên từ " + y + " trở đi"
	}
	return "năm có số liệu gần " + y + " nhất (năm sớm hơn nếu cách đều)"
}

// headlineRule says where a breakdown's headline status comes from.
func headlineRule(a progress.Assessment) string {
	switch {
	case len(a.Groups) == 0:
		return ""
	case a.Headline == indicator.FromSum:
		return "Trạng thái chung tính từ tổng các nhóm cộng lại theo từng năm."
	case a.Headline == indicator.FromWorst:
		return "Trạng thái chung lấy theo nhóm kém nhất" + strings.TrimSuffix(" ("+a.Worst+")", " ()") + "."
	}
	return "Trạng thái chung tính từ các dòng tổng (toàn tỉnh)."
}
