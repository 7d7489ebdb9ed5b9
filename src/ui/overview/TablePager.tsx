// Under the table: where the page is ("Showing 1–100 of 10,002 pods") and Previous / Next.
import { selectSetTablePage } from '../../state/selectors';
import { useStore } from '../../state/store';
import { showingText, type Noun, type Page } from './tableView';

export interface TablePagerProps {
  page: Page<unknown>;
  noun: Noun;
  filtered: boolean;
}

/** The pager line. */
export function TablePager({ page, noun, filtered }: TablePagerProps) {
  const setPage = useStore(selectSetTablePage);
  return (
    <div className="table-pager">
      <span role="status" className="table-showing">
        {showingText(page, noun, filtered)}
      </span>
      {page.pages > 1 && (
        <span className="pager-buttons">
          <button
            type="button"
            className="btn btn-small"
            disabled={page.page === 0}
            onClick={() => setPage(page.page - 1)}
          >
            Previous
          </button>
          <span className="pager-where">
            Page {page.page + 1} of {page.pages}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={page.page >= page.pages - 1}
            onClick={() => setPage(page.page + 1)}
          >
            Next
          </button>
        </span>
      )}
    </div>
  );
}
