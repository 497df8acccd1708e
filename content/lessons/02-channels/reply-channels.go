package main

import (
	"fmt"
	"sync"
)

// The four questions reach the desk in the scheduler's order.
// tour:compare unordered

type request struct {
	city  string
	reply chan<- string // where the answer goes
}

// One goroutine answers everyone, each on the channel
// that came with the question.
func weatherDesk(requests <-chan request) {
	forecast := map[string]string{
		"Oslo":  "snow",
		"Lima":  "fog",
		"Cairo": "sun",
	}
	for r := range requests {
		answer, ok := forecast[r.city]
		if !ok {
			answer = "no idea"
		}
		r.reply <- answer
	}
}

func ask(desk chan<- request, city string) string {
	reply := make(chan string, 1) // for this question alone
	desk <- request{city, reply}
	return <-reply
}

func main() {
	desk := make(chan request)
	go weatherDesk(desk)

	var wg sync.WaitGroup
	for _, city := range []string{"Oslo", "Lima", "Cairo", "Rome"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Printf("%s: %s\n", city, ask(desk, city))
		}()
	}
	wg.Wait()
	close(desk) // no more questions: the desk's loop ends
}
