package app.bravo.wall.ui;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any row: the queue shows more from where the cards on screen end, and cards
 * leave it as they are moderated, so page numbers would skip notes.
 */
record Window(long offset, int size) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new Window(offset + size, size);
    }

    @Override
    public Pageable previousOrFirst() {
        return new Window(Math.max(0, offset - size), size);
    }

    @Override
    public Pageable first() {
        return new Window(0, size);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new Window((long) pageNumber * size, size);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
