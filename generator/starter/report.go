package starter

import (
	"fmt"
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
)

// report says what init found in the text and what staff must check
// before the site is published.
func (s *Site) report(p *programme.Programme, f facts, defs []indicator.Definition) {
	found := func(format string, args ...any) { s.Found = append(s.Found, fmt.Sprintf(format, args...)) }
	check := func(format string, args ...any) { s.Check = append(s.Check, fmt.Sprintf(format, args...)) }

	found("Văn bản: %s", f.Document)
	if p.Title != "" {
		found("Tiêu đề: %s", f.Title)
	}
	if p.Issuer != "" {
		found("Cơ quan ban hành: %s", p.Issuer)
	}
	if f.Date != "" {
		found("Ngày ban hành: %s", f.Date)
	}
	quantitative := 0
	for _, d := range defs {
		if d.Kind == indicator.Quantitative {
			quantitative++
		}
	}
	found("%d chỉ tiêu, %d chỉ số (%d định lượng, %d mốc định tính), %d nhóm nhiệm vụ", len(p.Targets), len(defs), quantitative, len(defs)-quantitative, len(p.Tasks))
	found("Năm: gốc %d, mục tiêu %d, tầm nhìn %d", f.Base, f.Target, f.Vision)

	if p.Title == "" {
		check("config.toml: trình đọc không thấy tiêu đề văn bản; title đang là %q, hãy sửa", f.Title)
	} else if strings.ToUpper(f.Title) == f.Title {
		check("config.toml: title chép nguyên văn, viết hoa như văn bản; hãy viết lại cho dễ đọc nếu cần")
	}
	if p.Code == "" {
		check("config.toml và content/: trình đọc không thấy số hiệu văn bản; các trang đang gọi là %q, hãy sửa", f.Document)
	}
	check("config.toml: base_url đang là địa chỉ giữ chỗ https://example.gov.vn/; hãy ghi địa chỉ thật của trang")
	check("config.toml: report_date = %s (%s); hãy đổi khi nhập số liệu", f.ReportDate, strings.ToLower(f.ReportDateWhy[:1])+f.ReportDateWhy[1:])
	check("config.toml: [years] base = %d (%s), target = %d (%s), vision = %d (%s)", f.Base, f.BaseWhy, f.Target, f.TargetWhy, f.Vision, f.VisionWhy)
	check("%s: %d chỉ số là bản nháp; hãy sửa tên (name), thêm cơ quan phụ trách (agency) và so từng giá trị với trích dẫn", indicator.DefinitionsFile, len(defs))
	if len(p.Tasks) == 0 {
		check("%s: trình đọc không thấy nhóm nhiệm vụ nào; trang Chương trình sẽ không có phần nhiệm vụ", p.File)
	}
	if p.Vision.Text == "" {
		check("%s: trình đọc không thấy phần tầm nhìn; trang Tầm nhìn sẽ trống", p.File)
	}
	if n := len(p.Problems()); n > 0 {
		check("%s: trình đọc có %d chỗ chưa chắc (in ở trên, kèm số dòng); hãy đối chiếu với văn bản", p.File, n)
	}
	check("content/: các trang giới thiệu, phương pháp và tổng quan là bản mẫu; hãy đọc và sửa lời cho đúng với đơn vị")
}
