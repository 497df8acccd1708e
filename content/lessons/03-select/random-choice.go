package main

import "fmt"

// The counts are random; only the shape of the output is fixed.
// tour:compare shape

func main() {
	const rounds = 1000
	// Two queues, each holding more than enough values:
	// in every round, both receives can go ahead.
	left := make(chan string, rounds)
	right := make(chan string, rounds)
	for range rounds {
		left <- "L"
		right <- "R"
	}

	count := map[string]int{}
	for range rounds {
		select {
		case v := <-left:
			count[v]++
		case v := <-right:
			count[v]++
		}
	}
	fmt.Println("left: ", count["L"])
	fmt.Println("right:", count["R"])
}
