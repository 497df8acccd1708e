package main

import (
	"fmt"
	"strings"
)

// tally confines counts lexically: it is declared inside the goroutine, so
// no other code can even name it. The only way in is the words channel,
// and the only way out is the one send of the finished map.
func tally(words <-chan string) <-chan map[string]int {
	result := make(chan map[string]int, 1)
	go func() {
		counts := map[string]int{}
		for word := range words {
			counts[word]++
		}
		result <- counts // handed over: from now on it is the receiver's
	}()
	return result
}

func main() {
	words := make(chan string)
	counted := tally(words)

	for _, word := range strings.Fields("the cat saw the dog and the dog ran") {
		words <- word
	}
	close(words)

	fmt.Println(<-counted)
}
