package site

import (
	"html/template"
	"slices"
	"strings"

	"github.com/minhbach/minhbach/generator/progress"
)

func (m *model) homeView() HomeView {
	h := HomeView{
		Counts: m.counts(m.indicators, progress.Statuses), TrendCounts: m.counts(m.indicators, progress.TrendStatuses),
		Total: len(m.indicators),
		Years: [3]int{m.Config.Years.Base, m.Config.Years.Target, m.Config.Years.Vision},
	}
	if intro := m.index[""]; intro != nil {
		h.Intro, h.IntroLang = template.HTML(intro.Body), m.untranslated(intro)
	}
	for _, t := range m.targets {
		h.Cards = append(h.Cards, m.targetCard(t))
	}
	for i, p := range m.news {
		if i == 3 {
			break
		}
		h.News = append(h.News, m.newsItem(p))
	}
	return h
}

// targetCard is t on the home page, with its overall state.
func (m *model) targetCard(t *target) TargetCard {
	c := TargetCard{Number: t.Number, Name: t.Name, URL: m.routes.Target(t.Number)}
	var statuses []progress.Status
	for _, a := range t.Indicators {
		b := m.badge(a)
		c.Badges = append(c.Badges, b)
		statuses = append(statuses, b.Status)
		if b.Status.Good() {
			c.Good++
		}
	}
	c.State = progress.Worst(statuses)
	return c
}

// targetStateRule states, for the methodology page, how a target's overall
// state is chosen, with the order of statuses read from progress.Rank so
// the page says what progress.Worst does.
func targetStateRule() string {
	var groups [][]string
	last := -1
	for _, s := range sortedByRank(append(slices.Clone(progress.Statuses), progress.TrendStatuses...)) {
		if s == progress.InsufficientData {
			continue
		}
		if r := s.Rank(); r != last {
			groups = append(groups, nil)
			last = r
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], "“"+progress.Label(s)+"”")
	}
	order := make([]string, len(groups))
	for i, g := range groups {
		order[i] = strings.Join(g, " hay ")
	}
	return "mỗi chỉ tiêu trên trang chủ mang trạng thái kém nhất trong các chỉ số của nó, theo thứ tự từ kém đến tốt: " +
		strings.Join(order, ", ") + ". Cách này không để một chỉ số tốt che đi một chỉ số đang chậm. " +
		"“" + progress.Label(progress.InsufficientData) + "” chỉ được ghi khi mọi chỉ số của chỉ tiêu đều chưa đủ dữ liệu. " +
		"Bên cạnh là số chỉ số đã đạt, đã hoàn thành hoặc đúng tiến độ trên tổng số chỉ số."
}

// sortedByRank is list from the least favourable status up, stable.
func sortedByRank(list []progress.Status) []progress.Status {
	out := slices.Clone(list)
	slices.SortStableFunc(out, func(a, b progress.Status) int { return a.Rank() - b.Rank() })
	return out
}
