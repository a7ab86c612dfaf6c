package indicator

import "github.com/minhbach/minhbach/generator/config"

// Rules are the progress settings a statistics office may set for one
// indicator, inside its [[indicator]] table; where one is unset, the site's
// in config.toml applies ([years] base and target, [progress]):
//
//	base_year   = 2020                  # the year the pace is measured from
//	target_year = 2027                  # the programme's part sets it, when it names one
//	base_rule   = "first_after"         # or "nearest": which observation is the base
//	thresholds  = { on_track = 0.95, accelerate = 0.6, limited = 0 }
//	status_override = { status = "limited", reason = "Số liệu 2025 đổi cách tính; …" }
//
// status_override sets the status by hand, for a figure the method cannot
// judge; the page shows it with its reason, marked as set by hand, beside
// the computed working, which it never changes.
type Rules struct {
	BaseYear       int             `toml:"base_year"`
	TargetYear     int             `toml:"target_year"`
	BaseRule       config.BaseRule `toml:"base_rule"`
	Thresholds     *Thresholds     `toml:"thresholds"`
	StatusOverride *Override       `toml:"status_override"`
}

// Thresholds are an indicator's own cut-offs on the ratio R. All three are
// given together, so that the indicator's bands can be read in one place.
type Thresholds struct {
	OnTrack    *float64 `toml:"on_track"`
	Accelerate *float64 `toml:"accelerate"`
	Limited    *float64 `toml:"limited"`
}

// Override is a status set by hand and why.
type Override struct {
	Status string `toml:"status"`
	Reason string `toml:"reason"`
}

// Resolve returns the rules that apply to an indicator: its own where it
// sets them, the site's otherwise.
func (r Rules) Resolve(cfg config.Config) config.Rules {
	out := config.Rules{BaseYear: cfg.Years.Base, TargetYear: cfg.Years.Target, BaseRule: cfg.Progress.BaseRule, Thresholds: cfg.Progress.Thresholds}
	if r.BaseYear != 0 {
		out.BaseYear = r.BaseYear
	}
	if r.TargetYear != 0 {
		out.TargetYear = r.TargetYear
	}
	if r.BaseRule != "" {
		out.BaseRule = r.BaseRule
	}
	if t := r.Thresholds; t != nil && t.OnTrack != nil && t.Accelerate != nil && t.Limited != nil {
		out.Thresholds = config.Thresholds{OnTrack: *t.OnTrack, Accelerate: *t.Accelerate, Limited: *t.Limited}
	}
	if out.BaseRule == "" {
		out.BaseRule = config.Nearest
	}
	return out
}

// checkRules checks an indicator's own progress settings.
func checkRules(d *Definition, at func(string, string, ...any)) {
	r := d.Rules
	for _, y := range []struct {
		key  string
		year int
	}{{"base_year", r.BaseYear}, {"target_year", r.TargetYear}} {
		if y.year != 0 && (y.year < 1990 || y.year > 2100) {
			at(y.key, "chỉ số %s: %s = %d nằm ngoài khoảng 1990–2100; hãy ghi năm bằng bốn chữ số", d.Code, y.key, y.year)
		}
	}
	if r.BaseYear != 0 && r.TargetYear != 0 && r.BaseYear >= r.TargetYear {
		at("base_year", "chỉ số %s: base_year (%d) phải trước target_year (%d)", d.Code, r.BaseYear, r.TargetYear)
	}
	if !r.BaseRule.Valid() && r.BaseRule != "" {
		at("base_rule", "chỉ số %s: base_rule %q không hợp lệ; hãy ghi \"nearest\" (năm có số liệu gần năm gốc nhất) hoặc \"first_after\" (năm có số liệu đầu tiên từ năm gốc trở đi)", d.Code, r.BaseRule)
	}
	if t := r.Thresholds; t != nil {
		if t.OnTrack == nil || t.Accelerate == nil || t.Limited == nil {
			at("thresholds", "chỉ số %s: thresholds cần đủ ba ngưỡng; hãy viết thresholds = { on_track = 0.95, accelerate = 0.6, limited = 0 }", d.Code)
		} else if !(*t.Limited < *t.Accelerate && *t.Accelerate < *t.OnTrack) {
			at("thresholds", "chỉ số %s: các ngưỡng trong thresholds phải tăng dần: limited < accelerate < on_track", d.Code)
		}
	}
	if o := r.StatusOverride; o != nil {
		if o.Status == "" {
			at("status_override", "chỉ số %s: status_override thiếu status; hãy ghi một trạng thái, ví dụ status = \"limited\"", d.Code)
		}
		if len([]rune(o.Reason)) < 10 {
			at("status_override", "chỉ số %s: status_override cần reason (lý do đặt trạng thái bằng tay, ít nhất một câu); lý do được hiện trên trang cạnh trạng thái", d.Code)
		}
	}
}
