package ui

// HistoryLine is the text of a history row, for the tests.
var HistoryLine = historyLine
